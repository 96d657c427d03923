import { toLeaves, type Leaves } from '@/bundle/merge';
import type { RecordKind, RecordOf } from '@/bundle/record-schemas';

import { db } from '../app-db';
import { allStoredUpdates, storedUpdatesOfMeasures } from '../update-groups';

/** A record asked for: its id and, for an update, the measure it is of. */
export interface Wanted {
  id: string;
  measureId?: string;
}

/**
 * The stored versions of these ids. Once the ids are a good part of the
 * table, one read of the whole table beats one get per id (a province's
 * 100,000 gets take seconds); an empty table, a first import's, costs nothing.
 */
async function storedWinners<K extends RecordKind>(
  kind: K,
  ids: readonly string[],
): Promise<RecordOf[K][]> {
  if (ids.length === 0) return [];
  const table = db.table<RecordOf[K], string>(kind);
  const stored = await table.count();
  if (stored === 0) return [];
  if (ids.length * 4 < stored)
    return (await table.bulkGet([...ids])).filter((r) => r !== undefined);
  const wanted = new Set(ids);
  return (await table.toArray()).filter((r) => wanted.has(r.id));
}

/**
 * The stored versions of these updates, read by the rows of their measures;
 * an update asked for without its measure is looked for in every row.
 */
async function storedUpdates(wanted: readonly Wanted[]) {
  if (wanted.length === 0 || (await db.updateGroups.count()) === 0) return [];
  const measureIds = wanted.map((w) => w.measureId);
  const rows = measureIds.every((id) => id !== undefined)
    ? (await storedUpdatesOfMeasures([...new Set(measureIds)])).flat()
    : await allStoredUpdates();
  const ids = new Set(wanted.map((w) => w.id));
  return rows.filter((update) => ids.has(update.id));
}

/** Kept conflicts of these ids; none to look for in an empty table. */
async function storedLosers(ids: readonly string[]) {
  if (ids.length === 0 || (await db.conflicts.count()) === 0) return [];
  return db.conflicts
    .where('recordId')
    .anyOf([...ids])
    .toArray();
}

/** What is stored for these ids: each winner with its kept conflicts. */
export async function loadLeaves<K extends RecordKind>(
  kind: K,
  wanted: readonly Wanted[],
): Promise<Map<string, Leaves<RecordOf[K]>>> {
  const unique = [...new Set(wanted.map((w) => w.id))];
  const [winners, losers] = await Promise.all([
    kind === 'updates'
      ? (storedUpdates(wanted) as Promise<RecordOf[K][]>)
      : storedWinners(kind, unique),
    storedLosers(unique),
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
    state.set(
      winner.id,
      toLeaves([winner, ...(losersById.get(winner.id) ?? [])]),
    );
  }
  return state;
}

/**
 * Every stored id of offices and measures, tombstones included, the office
 * of each measure and the measure of each stored update: an update's office
 * and measure never change (bundle/references.ts). The updates are walked
 * a row at a time, never held; an empty database costs nothing.
 */
export async function loadKnownIds() {
  const measureOffices = new Map<string, string>();
  const updateMeasures = new Map<string, string>();
  const [offices] = await Promise.all([
    db.offices.toCollection().primaryKeys(),
    db.measures.each((m) => measureOffices.set(m.id, m.officeId)),
    db.updateGroups.each((group) => {
      for (const update of group.updates)
        updateMeasures.set(update.id, group.measureId);
    }),
  ]);
  return {
    offices: new Set(offices),
    measures: new Set(measureOffices.keys()),
    measureOffices,
    updateMeasures,
  };
}
