/**
 * Deleted records, to see and restore from history (db/restore.ts): a
 * year's deleted measures and a measure's deleted updates. A delete is a
 * tombstone (DESIGN.md), so they are the stored records marked deleted;
 * who deleted one is in the journal.
 */
import { useLiveQuery } from 'dexie-react-hooks';

import type { Measure, ProgressUpdate, Revisioned } from '@/domain/types';

import { db } from './app-db';
import { storedUpdatesOf, storedUpdatesOfMeasures } from './update-groups';
import { entriesOf } from './write/journal';

export interface Deleted<T extends Revisioned> {
  /** The tombstone: it holds the content it deleted. */
  record: T;
  /** When it was deleted (the tombstone's time). */
  deletedAt: string;
  /** The name of who deleted it on this device, when journalled with one. */
  by?: string;
}

export interface DeletedMeasure extends Deleted<Measure> {
  /** Its progress updates deleted with it (they come back with it). */
  updates: number;
}

/** Who wrote each of these revs, by the journal (one pass over it). */
async function writers(revs: ReadonlySet<string>) {
  const by = new Map<string, string>();
  if (revs.size === 0) return by;
  await db.journal.each((row) => {
    if (!row.by || !row.revs.some((rev) => revs.has(rev))) return;
    for (const entry of entriesOf(row))
      if (revs.has(entry.rev) && entry.by) by.set(entry.rev, entry.by);
  });
  return by;
}

function described<T extends Revisioned>(
  records: readonly T[],
  by: ReadonlyMap<string, string>,
): Deleted<T>[] {
  return records
    .map((record) => {
      const name = by.get(record.rev);
      return {
        record,
        deletedAt: record.updatedAt,
        ...(name ? { by: name } : {}),
      };
    })
    .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

/** An office's deleted measures of a fiscal year, last deleted first. */
export async function deletedMeasures(
  officeId: string,
  fiscalYear: number,
): Promise<DeletedMeasure[]> {
  const gone = await db.measures
    .where('[officeId+fiscalYear]')
    .equals([officeId, fiscalYear])
    .filter((m) => !!m.deleted)
    .toArray();
  const [by, updates] = await Promise.all([
    writers(new Set(gone.map((m) => m.rev))),
    storedUpdatesOfMeasures(gone.map((m) => m.id)),
  ]);
  const taken = new Map(
    gone.map((m, i) => [
      m.id,
      (updates[i] ?? []).filter((u) => u.deleted && u.updatedAt === m.updatedAt)
        .length,
    ]),
  );
  return described(gone, by).map((d) => ({
    ...d,
    updates: taken.get(d.record.id) ?? 0,
  }));
}

/** A measure's deleted progress updates, last deleted first. */
export async function deletedUpdates(
  measureId: string,
): Promise<Deleted<ProgressUpdate>[]> {
  const gone = (await storedUpdatesOf(measureId)).filter((u) => u.deleted);
  return described(gone, await writers(new Set(gone.map((u) => u.rev))));
}

export function useDeletedMeasures(officeId: string, fiscalYear: number) {
  return useLiveQuery(
    () => deletedMeasures(officeId, fiscalYear),
    [officeId, fiscalYear],
  );
}

export function useDeletedUpdates(measureId: string) {
  return useLiveQuery(() => deletedUpdates(measureId), [measureId]);
}

/** How many measures of the year are deleted (no journal read: for lists). */
export function useDeletedMeasureCount(officeId: string, fiscalYear: number) {
  return useLiveQuery(
    () =>
      db.measures
        .where('[officeId+fiscalYear]')
        .equals([officeId, fiscalYear])
        .filter((m) => !!m.deleted)
        .count(),
    [officeId, fiscalYear],
  );
}

/** How many of a measure's updates are deleted. */
export function useDeletedUpdateCount(measureId: string) {
  return useLiveQuery(
    async () =>
      (await storedUpdatesOf(measureId)).filter((u) => u.deleted).length,
    [measureId],
  );
}

/** A measure as stored, deleted or not; `null` when none, undefined while loading. */
export function useStoredMeasure(id: string): Measure | null | undefined {
  return useLiveQuery(async () => (await db.measures.get(id)) ?? null, [id]);
}
