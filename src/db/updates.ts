/** Named commands for progress updates. */
import type { Content } from '@/domain/revision';
import type { ProgressUpdate, ProgressUpdateFields } from '@/domain/types';

import { db } from './app-db';
import { editRecord, insertRecord, isLive, removeRecord } from './records';
import { refreshSummaries, summaryTables } from './summaries';
import { writeTransaction } from './write-transaction';

export type UpdateInput = Omit<ProgressUpdateFields, 'measureId' | 'officeId'>;

/** A measure's live updates, oldest first (the order of its history). */
export async function listUpdates(
  measureId: string,
): Promise<ProgressUpdate[]> {
  const rows = await db.updates.where('measureId').equals(measureId).toArray();
  return rows.filter(isLive).sort(byDate);
}

export function byDate(a: ProgressUpdate, b: ProgressUpdate): number {
  return (
    a.date.localeCompare(b.date) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

/** Every live update of an office: the measures list derives statuses from them. */
export async function listOfficeUpdates(officeId: string) {
  const rows = await db.updates.where('officeId').equals(officeId).toArray();
  return rows.filter(isLive);
}

export async function createUpdate(
  measureId: string,
  input: UpdateInput,
): Promise<ProgressUpdate> {
  return writeTransaction(summaryTables(), async () => {
    const measure = await db.measures.get(measureId);
    if (!isLive(measure)) throw new Error(`Measure ${measureId} is gone`);
    const content: Content<ProgressUpdate> = {
      ...input,
      measureId,
      officeId: measure.officeId,
    };
    const update = await insertRecord(db.updates, content);
    await refreshSummaries([measureId]);
    return update;
  });
}

export function updateUpdate(id: string, input: UpdateInput) {
  return writeTransaction(summaryTables(), async () => {
    const update = await editRecord(db.updates, id, input);
    await refreshSummaries([update.measureId]);
    return update;
  });
}

export function deleteUpdate(id: string) {
  return writeTransaction(summaryTables(), async () => {
    await removeRecord(db.updates, id);
    const update = await db.updates.get(id);
    if (update) await refreshSummaries([update.measureId]);
  });
}
