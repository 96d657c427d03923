/**
 * Storing a plan inside the change's transaction: the winners that changed,
 * and their kept conflicts replaced by the new losing leaves, with what is
 * known of where each version came from.
 */
import type { Leaves } from '@/bundle/merge';
import {
  RECORD_KINDS,
  type RecordKind,
  type RecordOf,
} from '@/bundle/record-schemas';
import { sortedKeys } from '@/domain/sorted-keys';
import type { Revisioned } from '@/domain/types';

import { db } from '../app-db';
import type { Origins, OriginsOf } from '../exchange/origins';
import type { putRecords } from '../record-kinds';
import type { VersionPlan } from './plan-versions';

const revsOf = (leaves: Leaves<Revisioned> | undefined) =>
  leaves
    ? [leaves.winner.rev, ...leaves.losers.map((l) => l.rev)].sort().join()
    : '';

/** How winners are stored: at once (record-kinds.ts) or held back a while. */
export type PutRecords = typeof putRecords;

/** The kept conflicts of these records, and what their rows knew of origins. */
async function keptConflicts(kind: RecordKind, ids: readonly string[]) {
  // With none kept at all, there is nothing to look for.
  if ((await db.conflicts.count()) === 0)
    return { rows: [], origins: new Map<string, Origins>() };
  const rows = await db.conflicts
    .where('recordId')
    .anyOf([...ids])
    .filter((row) => row.kind === kind)
    .toArray();
  const origins = new Map<string, Origins>();
  for (const row of rows)
    if (row.origins)
      origins.set(row.recordId, {
        ...origins.get(row.recordId),
        ...row.origins,
      });
  return { rows, origins };
}

/** Records whose leaves the plan changed, by kind. */
export function changedRecords<K extends RecordKind>(
  plan: VersionPlan,
  kind: K,
): [string, Leaves<RecordOf[K]>][] {
  const { stored, next } = plan.kinds[kind] as {
    stored: Map<string, Leaves<RecordOf[K]>>;
    next: Map<string, Leaves<RecordOf[K]>>;
  };
  return [...next].filter(
    ([id, leaves]) => revsOf(stored.get(id)) !== revsOf(leaves),
  );
}

/**
 * Writes what the plan changes. Without `originsOf` (a change made here),
 * the origins the kept rows knew stay with the record's new rows.
 */
export async function storePlan(
  plan: VersionPlan,
  put: PutRecords,
  originsOf?: OriginsOf,
): Promise<void> {
  for (const kind of RECORD_KINDS) {
    const changed = changedRecords(plan, kind);
    if (changed.length === 0) continue;
    // Keys sorted, as local edits store them (domain/sorted-keys.ts).
    await put(
      kind,
      changed.map(([, leaves]) => sortedKeys(leaves.winner)),
    );
    // Kept conflicts of the changed records give way to the new losers,
    // which keep what was known of where each version came from.
    const kept = await keptConflicts(
      kind,
      changed.map(([id]) => id),
    );
    await db.conflicts.bulkDelete(kept.rows.map((r) => [r.recordId, r.rev]));
    await db.conflicts.bulkPut(
      changed.flatMap(([id, leaves]) => {
        if (leaves.losers.length === 0) return [];
        const known = kept.origins.get(id);
        const origins = originsOf ? originsOf(kind, id, leaves, known) : known;
        return leaves.losers.map((record) => ({
          kind,
          recordId: id,
          rev: record.rev,
          record: sortedKeys(record),
          ...(origins ? { origins } : {}),
        }));
      }),
    );
  }
}
