import { toLeaves, type Leaves } from '@/bundle/merge';
import type { RecordKind, RecordOf } from '@/bundle/record-schemas';

import { db } from '../app-db';

/** What is stored for these ids: each winner with its kept conflicts. */
export async function loadLeaves<K extends RecordKind>(
  kind: K,
  ids: readonly string[],
): Promise<Map<string, Leaves<RecordOf[K]>>> {
  const unique = [...new Set(ids)];
  const table = db.table<RecordOf[K], string>(kind);
  const [winners, losers] = await Promise.all([
    table.bulkGet(unique),
    db.conflicts.where('recordId').anyOf(unique).toArray(),
  ]);
  const losersById = new Map<string, RecordOf[K][]>();
  for (const row of losers) {
    if (row.kind !== kind) continue;
    const list = losersById.get(row.recordId) ?? [];
    list.push(row.record as RecordOf[K]);
    losersById.set(row.recordId, list);
  }
  const state = new Map<string, Leaves<RecordOf[K]>>();
  for (const winner of winners) {
    if (!winner) continue;
    state.set(
      winner.id,
      toLeaves([winner, ...(losersById.get(winner.id) ?? [])]),
    );
  }
  return state;
}

/** Every stored id of offices and measures, tombstones included. */
export async function loadKnownIds() {
  const [offices, measures] = await Promise.all([
    db.offices.toCollection().primaryKeys(),
    db.measures.toCollection().primaryKeys(),
  ]);
  return { offices: new Set(offices), measures: new Set(measures) };
}
