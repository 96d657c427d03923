import { reviseRecord, type Content } from '@/domain/revision';
import type { IsoTimestamp, Revisioned } from '@/domain/types';

import type { Leaves } from './merge';

/**
 * Resolves a conflict with the content a person chose (one version, or a mix
 * of fields): a new revision that descends from every leaf, so the conflict
 * is gone here and, once exported, everywhere the resolution arrives.
 */
export function resolveConflict<T extends Revisioned>(
  leaves: Leaves<T>,
  content: Content<T>,
  now: IsoTimestamp,
  options: { deleted?: boolean } = {},
): T {
  return reviseRecord(leaves.winner, content as Partial<Content<T>>, now, {
    deleted: options.deleted ?? false,
    parents: leaves.losers,
  });
}
