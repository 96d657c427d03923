/**
 * Writing a planned import, inside the caller's transaction: the winners that
 * changed, their kept conflicts replaced by the new losers (with where each
 * version came from), and the log entry of the import. Shared by a whole import (apply-import.ts) and one written
 * a slice at a time (streamed-import.ts).
 */
import type { Leaves } from '@/bundle/merge';
import {
  RECORD_KINDS,
  type RecordKind,
  type RecordOf,
} from '@/bundle/record-schemas';
import { sortedKeys } from '@/domain/sorted-keys';
import type { Revisioned } from '@/domain/types';

import { db, type ImportLogEntry } from '../app-db';
import { noteChange } from '../change-marker';
import { newId, nowIso } from '../clock';
import { putRecords } from '../record-kinds';
import type { Origins, OriginsOf } from './origins';
import { emptyCounts, type Counts, type ImportPlan } from './plan-import';

/** Every table an import writes: one transaction over all of them. */
export const importTables = () => [
  db.offices,
  db.measures,
  db.updateGroups,
  db.conflicts,
  db.imports,
  db.settings,
  db.summaries,
];

const revsOf = (leaves: Leaves<Revisioned> | undefined) =>
  leaves
    ? [leaves.winner.rev, ...leaves.losers.map((l) => l.rev)].sort().join()
    : '';

/** How winners are stored: at once (record-kinds.ts) or held back a while. */
export type PutRecords = typeof putRecords;

export interface WriteOptions {
  put?: PutRecords;
  /** Where the versions of records left in conflict came from (origins.ts). */
  originsOf?: OriginsOf;
}

/** The kept conflicts of these records, and what their rows knew of origins. */
async function keptConflicts(kind: RecordKind, ids: readonly string[]) {
  // With none kept at all, there is nothing to look for.
  if ((await db.conflicts.count()) === 0)
    return { rows: [], origins: new Map() };
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

/** Writes what the plan changes; adds the measures it touched to `touched`. */
export async function writePlan(
  plan: ImportPlan,
  touched: Set<string>,
  { put = putRecords, originsOf }: WriteOptions = {},
): Promise<void> {
  for (const kind of RECORD_KINDS) {
    const { stored, next } = plan.kinds[kind] as {
      stored: Map<string, Leaves<RecordOf[RecordKind]>>;
      next: Map<string, Leaves<RecordOf[RecordKind]>>;
    };
    const changed = [...next].filter(
      ([id, leaves]) => revsOf(stored.get(id)) !== revsOf(leaves),
    );
    if (changed.length === 0) continue;
    const ids = changed.map(([id]) => id);
    // Keys sorted, as local edits store them (domain/sorted-keys.ts).
    await put(
      kind,
      changed.map(([, leaves]) => sortedKeys(leaves.winner)),
    );
    if (kind === 'measures') ids.forEach((id) => touched.add(id));
    if (kind === 'updates')
      for (const [, leaves] of changed)
        touched.add((leaves.winner as RecordOf['updates']).measureId);
    // Kept conflicts of the changed records give way to the new losers,
    // which keep what was known of where each version came from.
    const kept = await keptConflicts(kind, ids);
    await db.conflicts.bulkDelete(kept.rows.map((r) => [r.recordId, r.rev]));
    await db.conflicts.bulkPut(
      changed.flatMap(([id, leaves]) => {
        if (leaves.losers.length === 0) return [];
        const origins = originsOf?.(kind, id, leaves, kept.origins.get(id));
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

/** Adds one office's outcome counts into another's. */
export function addCounts(
  into: Map<string, Counts>,
  from: ReadonlyMap<string, Counts>,
): void {
  for (const [office, counts] of from) {
    const total = into.get(office) ?? emptyCounts();
    for (const [kind, n] of Object.entries(counts))
      total[kind as keyof Counts] += n;
    into.set(office, total);
  }
}

/** The import's entry in the log, and the reminder to export what changed. */
export async function logImport(
  files: readonly string[],
  byOffice: ReadonlyMap<string, Counts>,
  invalid: number,
): Promise<ImportLogEntry> {
  const counts = { ...emptyCounts(), invalid };
  for (const office of byOffice.values())
    for (const [kind, n] of Object.entries(office))
      counts[kind as keyof Counts] += n;
  const entry: ImportLogEntry = {
    id: newId(),
    at: nowIso(),
    files: [...files],
    officeIds: [...byOffice.keys()],
    counts,
  };
  await db.imports.add(entry);
  if (counts.added + counts.updated + counts.conflict > 0)
    await noteChange(entry.at);
  return entry;
}
