/**
 * Writing revisioned records. Every local edit goes through here, so every
 * edit makes a new revision and every delete leaves a tombstone (DESIGN.md).
 */
import type { EntityTable, Table as DexieTable } from 'dexie';

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

/**
 * Where records of one kind are kept: a Dexie table (offices, measures) or
 * one measure's row of updates (update-groups.ts).
 */
export interface RecordStore<T extends Revisioned> {
  /** The tables a read-modify-write of this store must hold. */
  readonly tables: readonly DexieTable[];
  get(id: string): Promise<T | undefined>;
  put(record: T): Promise<unknown>;
  /** Fails if the id is already stored. */
  add(record: T): Promise<unknown>;
}

type Table<T extends Revisioned> = EntityTable<T, 'id'> | RecordStore<T>;

function storeOf<T extends Revisioned>(table: Table<T>): RecordStore<T> {
  if ('tables' in table) return table;
  return {
    tables: [table],
    get: (id) => table.get(id as never),
    put: (record) => table.put(record as never),
    add: (record) => table.add(record as never),
  };
}

/** Stores a new revision of a record, noted as a change this device made. */
async function storeRevision<T extends Revisioned>(
  store: RecordStore<T>,
  revision: T,
): Promise<T> {
  await store.put(revision);
  noteLocalChange(revision.updatedAt);
  return revision;
}

export async function insertRecord<T extends Revisioned>(
  table: Table<T>,
  content: Content<T>,
): Promise<T> {
  const record = createRecord<T>(content, newId(), nowIso());
  await storeOf(table).add(record);
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
  const store = storeOf(table);
  return writeTransaction(store.tables, async () => {
    const current = await store.get(id);
    if (!current || current.deleted) throw new RecordGoneError(id);
    if (isUnchanged(current, changes)) return current;
    return storeRevision(store, reviseRecord(current, changes, nowIso()));
  });
}

/** Replaces the stored record by its tombstone, and answers the tombstone. */
export async function removeRecord<T extends Revisioned>(
  table: Table<T>,
  id: string,
): Promise<T | undefined> {
  const store = storeOf(table);
  const current = await store.get(id);
  if (!current || current.deleted) return undefined;
  return storeRevision(store, deleteRecord(current, nowIso()));
}

/**
 * Undoes removeRecord: the content the tombstone kept, live again as a new
 * revision on top of it (CouchDB lets a deleted revision have a child), so
 * the undo travels in bundles as an edit that wins over the delete. Only
 * while the tombstone is still the stored version: anything written since
 * (another tab, an import) is left as it is, and the answer is undefined.
 */
export async function restoreRecord<T extends Revisioned>(
  table: Table<T>,
  tombstone: T,
): Promise<T | undefined> {
  const store = storeOf(table);
  return writeTransaction(store.tables, async () => {
    const current = await store.get(tombstone.id);
    if (!current?.deleted || current.rev !== tombstone.rev) return undefined;
    return storeRevision(store, reviseRecord(current, {}, nowIso()));
  });
}

/** Hides tombstones from everything the UI shows. */
export function isLive<T extends Revisioned>(
  record: T | undefined,
): record is T {
  return record !== undefined && !record.deleted;
}
