/**
 * Where each kind of record the bundles carry is stored: offices and
 * measures one row each, updates a row per measure (update-groups.ts); a
 * round's report text, approvals and OIT items a row each.
 */
import { byKind, RECORD_KINDS, type RecordKind } from '@/bundle/record-kinds';
import type { RecordOf } from '@/bundle/record-schemas';

import { db } from './app-db';
import { putUpdates } from './update-groups';

/** Stores these versions of a kind in place of those with the same ids. */
export async function putRecords<K extends RecordKind>(
  kind: K,
  records: readonly RecordOf[K][],
): Promise<void> {
  if (kind === 'updates')
    await putUpdates(records as readonly RecordOf['updates'][]);
  else await db.table(kind).bulkPut([...records]);
}

/** Whether no record of this kind is stored, tombstones included. */
export async function noneStored(kind: RecordKind): Promise<boolean> {
  const table = kind === 'updates' ? db.updateGroups : db.table(kind);
  return (await table.count()) === 0;
}

/** Which kinds of records none are stored of yet: nothing to look up. */
export async function emptyTables(): Promise<Record<RecordKind, boolean>> {
  const empty = await Promise.all(RECORD_KINDS.map(noneStored));
  return byKind((kind) => empty[RECORD_KINDS.indexOf(kind)] ?? false);
}
