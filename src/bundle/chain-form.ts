/**
 * Records whose `revs` is not one chain, put in the form CouchDB keeps
 * (DESIGN.md "Records, revisions and merging"). Until bundle format 3 a
 * conflict resolution was one revision with several parents, whose `revs`
 * mixed the ancestors of every side, sorted by generation. Such a record
 * keeps its rev and content; its `revs` becomes the part of one chain that
 * its revs prove (below); and every rev left off gets a tombstone child, so
 * that an old version arriving later is still an ancestor of a leaf and does
 * not reopen the conflict. Pure and deterministic: every device computes the
 * same from the same record. Used by the bundle reading (references.ts) and
 * by the database upgrade to schema 7 (db/app-db.ts).
 */
import {
  isRev,
  isRevChain,
  REVS_LIMIT,
  revGeneration,
  reviseRecord,
} from '@/domain/revision';
import type { Revisioned } from '@/domain/types';

import { mergeRecord, toLeaves, type Leaves } from './merge';

export interface ChainForm<T extends Revisioned> {
  /** The record, same rev and content, its `revs` one chain. */
  record: T;
  /** A deleted child of each rev left off the chain (none for a chain). */
  tombstones: T[];
}

/**
 * The chain below `rev` that `revs` proves: the one rev of each generation
 * below, as long as each generation holds exactly one. A version-3 `revs`
 * held every ancestor of every side (when under REVS_LIMIT, nothing was cut
 * off), so the one rev of a generation is the parent of the one above it;
 * where a generation holds several, which is whose parent is unknown, and
 * the chain ends there (CouchDB accepts a truncated `_revisions`). A list
 * that reached REVS_LIMIT may have lost revs of any side: it proves nothing.
 */
function provenBelow(
  rev: string,
  byGeneration: ReadonlyMap<number, readonly string[]>,
  complete: boolean,
): string[] {
  const chain: string[] = [];
  if (!complete) return chain;
  for (let g = revGeneration(rev) - 1; g >= 1; g--) {
    const at = byGeneration.get(g);
    if (at?.length !== 1) break;
    chain.push(at[0] as string);
  }
  return chain;
}

/** A deleted child of `parent` carrying the record's content. */
function tombstoneOf<T extends Revisioned>(
  record: T,
  parent: string,
  below: readonly string[],
): T {
  return reviseRecord(
    { ...record, rev: parent, revs: [...below] },
    {},
    record.updatedAt,
    { deleted: true },
  );
}

/** The record in chain form; a record already one chain comes back as it is. */
export function chainForm<T extends Revisioned>(record: T): ChainForm<T> {
  if (isRevChain(record.rev, record.revs)) return { record, tombstones: [] };
  const revs = [...new Set(record.revs)].filter(isRev);
  const byGeneration = new Map<number, string[]>();
  for (const rev of revs) {
    const g = revGeneration(rev);
    byGeneration.set(g, [...(byGeneration.get(g) ?? []), rev]);
  }
  const complete = record.revs.length < REVS_LIMIT;
  // The first rev listed is a parent (the winner's rev, or a side's of the
  // highest generation): that link is always true.
  const parent = revs[0];
  const chain =
    parent !== undefined &&
    record.revs[0] === parent &&
    revGeneration(parent) === revGeneration(record.rev) - 1
      ? [parent, ...provenBelow(parent, byGeneration, complete)]
      : [];
  const covered = new Set(chain);
  const tombstones: T[] = [];
  for (const rev of revs) {
    if (covered.has(rev)) continue;
    const below = provenBelow(rev, byGeneration, complete);
    for (const r of [rev, ...below]) covered.add(r);
    tombstones.push(tombstoneOf(record, rev, below));
  }
  return { record: { ...record, revs: chain }, tombstones };
}

/**
 * One record's stored leaves in chain form: each leaf converted, and the
 * tombstones merged in (they are new leaves, deleted, so the shown version
 * stays the one shown unless every leaf is deleted). The same leaves come
 * back when every leaf is already one chain.
 */
export function chainFormOfLeaves<T extends Revisioned>(
  leaves: Leaves<T>,
): Leaves<T> {
  const forms = [leaves.winner, ...leaves.losers].map(chainForm);
  const tombstones = forms.flatMap((form) => form.tombstones);
  const changed = forms.some(
    (form, i) =>
      form.record !== (i === 0 ? leaves.winner : leaves.losers[i - 1]),
  );
  if (!changed) return leaves;
  return tombstones.reduce(
    (state, tombstone) => mergeRecord(state, tombstone).next,
    toLeaves(forms.map((form) => form.record)),
  );
}
