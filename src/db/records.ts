/**
 * Writing revisioned records. Every local edit goes through here, so every
 * edit makes a new revision and every delete leaves a tombstone (DESIGN.md).
 */
import type { EntityTable } from 'dexie';

import {
  createRecord,
  deleteRecord,
  isUnchanged,
  reviseRecord,
  type Content,
} from '@/domain/revision';
import type { Revisioned } from '@/domain/types';

import { noteLocalChange } from './change-marker';
import { newId, nowIso } from './clock';
import { requestPersistenceOnce } from './storage';
import { writeTransaction } from './write-transaction';

/** The record was deleted (perhaps in another tab) while it was being edited. */
export class RecordGoneError extends Error {
  constructor(readonly id: string) {
    super(`Record ${id} no longer exists`);
    this.name = 'RecordGoneError';
  }
}

type Table<T extends Revisioned> = EntityTable<T, 'id'>;

export async function insertRecord<T extends Revisioned>(
  table: Table<T>,
  content: Content<T>,
): Promise<T> {
  const record = createRecord<T>(content, newId(), nowIso());
  await table.add(record as never);
  requestPersistenceOnce();
  noteLocalChange(record.updatedAt);
  return record;
}

/** A new revision of the stored record with `changes`; none when nothing changed. */
export async function editRecord<T extends Revisioned>(
  table: Table<T>,
  id: string,
  changes: Partial<Content<T>>,
): Promise<T> {
  return writeTransaction([table], async () => {
    const current = await table.get(id as never);
    if (!current || current.deleted) throw new RecordGoneError(id);
    if (isUnchanged(current, changes)) return current;
    const next = reviseRecord(current, changes, nowIso());
    await table.put(next as never);
    noteLocalChange(next.updatedAt);
    return next;
  });
}

/** Replaces the stored record by its tombstone. */
export async function removeRecord<T extends Revisioned>(
  table: Table<T>,
  id: string,
): Promise<void> {
  const current = await table.get(id as never);
  if (!current || current.deleted) return;
  const tombstone = deleteRecord(current, nowIso());
  await table.put(tombstone as never);
  noteLocalChange(tombstone.updatedAt);
}

/** Hides tombstones from everything the UI shows. */
export function isLive<T extends Revisioned>(
  record: T | undefined,
): record is T {
  return record !== undefined && !record.deleted;
}
