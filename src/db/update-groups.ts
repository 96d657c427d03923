/**
 * Progress updates as they are stored: one row per measure holding every
 * stored version of its updates (app-db.ts, schema v4). Everything that
 * reads or writes updates goes through here, so no other module knows the
 * rows' shape. An update never changes measure: the app has no way to move
 * one, so its measure is where it is found.
 */
import type { ProgressUpdate } from '@/domain/types';

import { db, groupUpdates, type UpdateGroup } from './app-db';

/** Every stored update of a measure, tombstones included. */
export async function storedUpdatesOf(
  measureId: string,
): Promise<ProgressUpdate[]> {
  return (await db.updateGroups.get(measureId))?.updates ?? [];
}

/** The stored updates of each measure, in the order of `measureIds`. */
export async function storedUpdatesOfMeasures(
  measureIds: readonly string[],
): Promise<ProgressUpdate[][]> {
  const groups = await db.updateGroups.bulkGet([...measureIds]);
  return groups.map((group) => group?.updates ?? []);
}

/** Every stored update of an office, tombstones included. */
export async function storedUpdatesOfOffice(
  officeId: string,
): Promise<ProgressUpdate[]> {
  const groups = await db.updateGroups
    .where('officeId')
    .equals(officeId)
    .toArray();
  return groups.flatMap((group) => group.updates);
}

/** Every stored update, tombstones included. */
export async function allStoredUpdates(): Promise<ProgressUpdate[]> {
  return (await db.updateGroups.toArray()).flatMap((group) => group.updates);
}

const byId = (a: ProgressUpdate, b: ProgressUpdate) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The stored row with the incoming versions in place, kept in id order: two
 * devices holding the same updates hold the same row, and export the same
 * file, whatever order the updates reached them in.
 */
function mergeGroup(
  stored: UpdateGroup | undefined,
  incoming: UpdateGroup,
): UpdateGroup {
  const updates = new Map(stored?.updates.map((u) => [u.id, u]));
  for (const update of incoming.updates) updates.set(update.id, update);
  return { ...incoming, updates: [...updates.values()].sort(byId) };
}

/**
 * Stores these versions in place of the stored ones with the same ids,
 * reading and writing one row per measure they belong to.
 */
export function putUpdates(records: readonly ProgressUpdate[]): Promise<void> {
  if (records.length === 0) return Promise.resolve();
  // Within the caller's transaction when it holds the table; else its own,
  // so the read and the write of a row are one step.
  return db.transaction('rw', db.updateGroups, async () => {
    const incoming = groupUpdates(records);
    const stored = await db.updateGroups.bulkGet(
      incoming.map((group) => group.measureId),
    );
    await db.updateGroups.bulkPut(
      incoming.map((group, i) => mergeGroup(stored[i], group)),
    );
  });
}
