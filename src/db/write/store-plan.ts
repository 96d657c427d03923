/**
 * Storing a plan inside the change's transaction: the winners that changed,
 * and their kept conflicts replaced by the new losing leaves, with what is
 * known of where each version came from.
 */
import { openLosers, type Leaves } from '@/bundle/merge';
import { RECORD_KINDS, type RecordKind } from '@/bundle/record-kinds';
import type { RecordOf } from '@/bundle/record-schemas';
import { sortedKeys } from '@/domain/sorted-keys';

import { db } from '../app-db';
import type { Origins, OriginsOf } from '../exchange/origins';
import type { putRecords } from '../record-kinds';
import { isWritten, type VersionPlan } from './plan-versions';

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

/**
 * Records whose leaves the plan changed, by kind: those a version was
 * written for (added, updated, a new side in conflict). Merging never
 * changes leaves otherwise, so no rev lists need comparing (an import's
 * slice asks this of every record it holds, twice).
 */
export function changedRecords<K extends RecordKind>(
  plan: VersionPlan,
  kind: K,
): [string, Leaves<RecordOf[K]>][] {
  const written = new Set<string>();
  for (const step of plan.steps)
    if (step.kind === kind && isWritten(step)) written.add(step.version.id);
  if (written.size === 0) return [];
  const { next } = plan.kinds[kind] as {
    next: Map<string, Leaves<RecordOf[K]>>;
  };
  return [...next].filter(([id]) => written.has(id));
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
        // Where each side came from is for choosing between live sides: a
        // record whose other leaves are all tombstones has nothing to choose.
        const known = kept.origins.get(id);
        const origins = openLosers(leaves).length
          ? originsOf
            ? originsOf(kind, id, leaves, known)
            : known
          : undefined;
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
