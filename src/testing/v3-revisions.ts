/**
 * How the app made revisions until bundle format 3 (issue 12 changed it):
 * a conflict resolution was one revision of several parents, whose `revs`
 * mixed every side's ancestors, sorted by generation (stable, the winner's
 * listed first). Kept for the tests of the conversion (bundle/chain-form.ts)
 * and of the database upgrade, to make records of the old shape.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';

import { REVS_LIMIT, revGeneration, type Content } from '@/domain/revision';
import { sortedKeys } from '@/domain/sorted-keys';
import type { IsoTimestamp, Revisioned } from '@/domain/types';

function contentHash(
  parent: string | readonly string[],
  deleted: boolean,
  content: object,
) {
  const text = canonicalize({ parent, deleted, content }) ?? '';
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, 32);
}

/** The version-3 reviseRecord, `parents` and all. */
export function reviseV3<T extends Revisioned>(
  record: T,
  changes: Partial<Content<T>>,
  now: IsoTimestamp,
  options: { deleted?: boolean; parents?: readonly Revisioned[] } = {},
): T {
  const deleted = options.deleted ?? false;
  const { id, rev, revs, createdAt, updatedAt, deleted: _d, ...old } = record;
  void [rev, revs, updatedAt, _d];
  const content = { ...old, ...changes };
  const extra = (options.parents ?? []).filter((p) => p.rev !== record.rev);
  const generation =
    Math.max(
      revGeneration(record.rev),
      ...extra.map((p) => revGeneration(p.rev)),
    ) + 1;
  const parentRevs = [record.rev, ...extra.map((p) => p.rev).sort()];
  const hash = contentHash(
    extra.length ? parentRevs : record.rev,
    deleted,
    content,
  );
  const ancestors = [
    record.rev,
    ...record.revs,
    ...extra.flatMap((p) => [p.rev, ...p.revs]),
  ];
  const next = {
    ...content,
    id,
    rev: `${generation}-${hash}`,
    revs: [...new Set(ancestors)]
      .sort((a, b) => revGeneration(b) - revGeneration(a))
      .slice(0, REVS_LIMIT),
    createdAt,
    updatedAt: now,
  } as T;
  if (deleted) next.deleted = true;
  return sortedKeys(next);
}
