/**
 * Making revisions, CouchDB style (DESIGN.md "Records, revisions and merging").
 *
 * A rev is `<generation>-<hash>`, where the hash is the first 32 hex digits of
 * the SHA-256 of the parent rev and the record's content. Deterministic, like
 * CouchDB's: two machines that make the same edit from the same parent agree.
 * Time and ids come in as arguments: this module never reads the clock.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';

import { sortedKeys } from './sorted-keys';
import type { IsoTimestamp, Revisioned } from './types';

/** How many ancestor revs a record keeps; CouchDB's default revs_limit is 1000. */
export const REVS_LIMIT = 100;

/**
 * `<generation>-<32 hex>`, the generation at most 16 digits; the bundle
 * schema carries the same pattern. A generation is read as a number, so it
 * must also be a safe integer (at most 2^53 − 1, isSafeGeneration): past it,
 * two generations compare equal or as Infinity and the winner would depend
 * on the order of import.
 */
export const REV_PATTERN = /^([1-9]\d{0,15})-([0-9a-f]{32})$/;

/** A rev of the right shape whatever its generation's length (to name the problem). */
export const LOOSE_REV_PATTERN = /^[1-9]\d*-[0-9a-f]{32}$/;

const generationOf = (match: RegExpExecArray) => Number(match[1]);

/** The generation of a rev: revGeneration('3-ab…') === 3; throws past a safe integer. */
export function revGeneration(rev: string): number {
  const match = REV_PATTERN.exec(rev);
  if (!match || !Number.isSafeInteger(generationOf(match)))
    throw new Error(`Not a revision: ${rev}`);
  return generationOf(match);
}

/** revHash('3-ab…') === 'ab…' */
export function revHash(rev: string): string {
  const match = REV_PATTERN.exec(rev);
  if (!match) throw new Error(`Not a revision: ${rev}`);
  return match[2] as string;
}

export function isRev(value: string): boolean {
  const match = REV_PATTERN.exec(value);
  return match !== null && Number.isSafeInteger(generationOf(match));
}

/**
 * True when `revs` is one chain below `rev`, as CouchDB's `_revisions` is:
 * consecutive generations from the parent's down, at most REVS_LIMIT.
 * isRevChain('3-c…', ['2-b…', '1-a…']) === true; ['2-b…', '2-x…'] is not.
 */
export function isRevChain(rev: string, revs: readonly string[]): boolean {
  const generation = revGeneration(rev);
  return (
    revs.length <= REVS_LIMIT &&
    revs.every((r) => isRev(r)) &&
    revs.every((r, i) => revGeneration(r) === generation - 1 - i)
  );
}

type Meta = keyof Revisioned;
/** A record's content: everything but its revision bookkeeping. */
export type Content<T extends Revisioned> = Omit<T, Meta>;

function contentHash(parent: string | null, deleted: boolean, content: object) {
  const text = canonicalize({ parent, deleted, content }) ?? '';
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, 32);
}

/** A record's content: contentOf(measure) has its title, not its rev. */
export function contentOf<T extends Revisioned>(record: T): Content<T> {
  const { id, rev, revs, createdAt, updatedAt, deleted, ...content } = record;
  void [id, rev, revs, createdAt, updatedAt, deleted];
  return content as Content<T>;
}

/** The first revision of a new record. */
export function createRecord<T extends Revisioned>(
  content: Content<T>,
  id: string,
  now: IsoTimestamp,
): T {
  const rev = `1-${contentHash(null, false, content)}`;
  // Keys sorted: stored as exported (sorted-keys.ts).
  return sortedKeys({
    ...content,
    id,
    rev,
    revs: [],
    createdAt: now,
    updatedAt: now,
    // Omit<T, Meta> & Revisioned is T for every record type we have, but
    // TypeScript cannot prove it for an arbitrary subtype of Revisioned.
  }) as unknown as T;
}

/**
 * A new revision of `record` with `changes` applied: its child, one
 * generation further, whose `revs` is the record's own chain of ancestors
 * (parent first, consecutive generations, at most REVS_LIMIT), CouchDB's
 * `_revisions`. A revision has exactly one parent: a conflict is resolved
 * by a child of the winning leaf and tombstones of the others (resolve.ts).
 */
export function reviseRecord<T extends Revisioned>(
  record: T,
  changes: Partial<Content<T>>,
  now: IsoTimestamp,
  options: { deleted?: boolean } = {},
): T {
  const deleted = options.deleted ?? false;
  const content = { ...contentOf(record), ...changes };
  const generation = revGeneration(record.rev) + 1;
  // A rev nobody could read back is never made (a file's rev at 2^53 − 1).
  if (!Number.isSafeInteger(generation))
    throw new Error(`No revision after ${record.rev}`);
  const next = {
    ...content,
    id: record.id,
    rev: `${generation}-${contentHash(record.rev, deleted, content)}`,
    revs: [record.rev, ...record.revs].slice(0, REVS_LIMIT),
    createdAt: record.createdAt,
    updatedAt: now,
  } as T;
  if (deleted) next.deleted = true;
  return sortedKeys(next);
}

/** A tombstone: the record's last revision, marked deleted. */
export function deleteRecord<T extends Revisioned>(
  record: T,
  now: IsoTimestamp,
): T {
  return reviseRecord(record, {}, now, { deleted: true });
}

/** True when the edit would change nothing, so no new revision is needed. */
export function isUnchanged<T extends Revisioned>(
  record: T,
  changes: Partial<Content<T>>,
): boolean {
  const before = canonicalize(contentOf(record));
  const after = canonicalize({ ...contentOf(record), ...changes });
  return before === after && !record.deleted;
}
