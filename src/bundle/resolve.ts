import { deleteRecord, reviseRecord, type Content } from '@/domain/revision';
import type { IsoTimestamp, Revisioned } from '@/domain/types';

import { openLosers, type Leaves } from './merge';

/**
 * Resolves a conflict with the content a person chose (one version, or a mix
 * of fields), as CouchDB resolves one: the content becomes a child of the
 * winning leaf, and every other live leaf gets a tombstone child. Answers
 * the versions to write, the resolution first. Each has one parent, so its
 * `revs` stays one chain; once exported, the tombstones close the conflict
 * wherever they arrive, and an old side arriving later is an ancestor.
 */
export function resolveConflict<T extends Revisioned>(
  leaves: Leaves<T>,
  content: Content<T>,
  now: IsoTimestamp,
): [T, ...T[]] {
  return [
    reviseRecord(leaves.winner, content as Partial<Content<T>>, now),
    ...openLosers(leaves).map((loser) => deleteRecord(loser, now)),
  ];
}
