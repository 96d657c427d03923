/** Named commands for progress updates. */
import type { Content } from '@/domain/revision';
import type { ProgressUpdate, ProgressUpdateFields } from '@/domain/types';

import { db } from './app-db';
import {
  editRecord,
  insertRecord,
  isLive,
  removeRecord,
  restoreRecord,
} from './records';
import { storedUpdatesOf, storedUpdatesOfOffice } from './update-groups';
import { writeChange } from './write/write-change-on-demand';

export type UpdateInput = Omit<ProgressUpdateFields, 'measureId' | 'officeId'>;

/** Which update: its measure says which row it is stored in. */
export type UpdateRef = Pick<ProgressUpdate, 'id' | 'measureId'>;

/** A measure's live updates, oldest first (the order of its history). */
export async function listUpdates(
  measureId: string,
): Promise<ProgressUpdate[]> {
  const rows = await storedUpdatesOf(measureId);
  return rows.filter(isLive).sort(byDate);
}

export function byDate(a: ProgressUpdate, b: ProgressUpdate): number {
  return (
    a.date.localeCompare(b.date) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

/** Every live update of an office. */
export async function listOfficeUpdates(officeId: string) {
  return (await storedUpdatesOfOffice(officeId)).filter(isLive);
}

export async function createUpdate(
  measureId: string,
  input: UpdateInput,
): Promise<ProgressUpdate> {
  return writeChange({ cause: 'edit' }, async (change) => {
    const measure = await db.measures.get(measureId);
    if (!isLive(measure)) throw new Error(`Measure ${measureId} is gone`);
    const content: Content<ProgressUpdate> = {
      ...input,
      measureId,
      officeId: measure.officeId,
    };
    return insertRecord(change, 'updates', content);
  });
}

export function updateUpdate(ref: UpdateRef, input: UpdateInput) {
  return writeChange({ cause: 'edit' }, (change) =>
    editRecord(change, 'updates', ref, input),
  );
}

/** Deletes an update as a tombstone, and answers it for an undo. */
export function deleteUpdate(
  ref: UpdateRef,
): Promise<ProgressUpdate | undefined> {
  return writeChange({ cause: 'edit' }, (change) =>
    removeRecord(change, 'updates', ref),
  );
}

/**
 * Undoes deleteUpdate: the update as it was, a new revision on its
 * tombstone. False when it was written since or its measure is gone.
 */
export function restoreUpdate(tombstone: ProgressUpdate): Promise<boolean> {
  return writeChange({ cause: 'undo' }, async (change) => {
    if (!isLive(await db.measures.get(tombstone.measureId))) return false;
    return !!(await restoreRecord(change, 'updates', tombstone));
  });
}
