/**
 * The versions local commands make: a new record, an edit, a delete, an
 * undo. Each reads what is stored inside the change's transaction and hands
 * the new version to the change (write/write-change.ts), so every edit
 * makes a new revision, every delete leaves a tombstone (DESIGN.md), and
 * every one is merged, summarized and journalled as any other change.
 */
import type { Leaves } from '@/bundle/merge';
import type { RecordKind, RecordOf } from '@/bundle/record-schemas';
import {
  createRecord,
  deleteRecord,
  isUnchanged,
  reviseRecord,
  type Content,
} from '@/domain/revision';
import type { Revisioned } from '@/domain/types';

import { newId } from './clock';
import { loadLeaves } from './exchange/stored-leaves';
import { requestPersistenceOnce } from './storage';
import { storedUpdatesOf } from './update-groups';
import type { ChangeWriter } from './write/write-change';

/** The record was deleted (perhaps in another tab) while it was being edited. */
export class RecordGoneError extends Error {
  constructor(readonly id: string) {
    super(`Record ${id} no longer exists`);
    this.name = 'RecordGoneError';
  }
}

/** Which record of a kind: an update with its measure, whose row holds it. */
export interface RecordAt {
  id: string;
  measureId?: string;
}

/** What is stored for a record: its winner and its other leaves. */
export async function storedLeaves<K extends RecordKind>(
  kind: K,
  at: RecordAt,
): Promise<Leaves<RecordOf[K]> | undefined> {
  const { id, measureId } = at;
  const wanted = [{ id, ...(measureId ? { measureId } : {}) }];
  return (await loadLeaves(kind, wanted)).get(id);
}

const write = <K extends RecordKind>(
  change: ChangeWriter,
  kind: K,
  versions: RecordOf[K][],
) => change.write({ [kind]: versions });

/** A new record of `kind` with `content`, at generation 1. */
export async function insertRecord<K extends RecordKind>(
  change: ChangeWriter,
  kind: K,
  content: Content<RecordOf[K]>,
): Promise<RecordOf[K]> {
  const record = createRecord<RecordOf[K]>(content, newId(), change.at);
  await write(change, kind, [record]);
  requestPersistenceOnce();
  return record;
}

/** A new revision of the stored record with `changes`; none when nothing changed. */
export async function editRecord<K extends RecordKind>(
  change: ChangeWriter,
  kind: K,
  at: RecordAt,
  changes: Partial<Content<RecordOf[K]>>,
): Promise<RecordOf[K]> {
  const current = (await storedLeaves(kind, at))?.winner;
  if (!current || current.deleted) throw new RecordGoneError(at.id);
  if (isUnchanged(current, changes)) return current;
  const revision = reviseRecord(current, changes, change.at);
  await write(change, kind, [revision]);
  return revision;
}

/**
 * Deletes the record: a tombstone on the version shown and on every other
 * live leaf, so the record is deleted for whoever merges it (a live losing
 * leaf would otherwise win over the deleted one). Answers the shown one's
 * tombstone, for an undo; undefined when it was already deleted.
 */
export async function removeRecord<K extends RecordKind>(
  change: ChangeWriter,
  kind: K,
  at: RecordAt,
): Promise<RecordOf[K] | undefined> {
  const leaves = await storedLeaves(kind, at);
  if (!leaves || leaves.winner.deleted) return undefined;
  const live = [leaves.winner, ...leaves.losers].filter((v) => !v.deleted);
  const tombstones = live.map((v) => deleteRecord(v, change.at));
  await write(change, kind, tombstones);
  return tombstones[0];
}

/**
 * Undoes removeRecord: the content the tombstone kept, live again as a new
 * revision on top of it (CouchDB lets a deleted revision have a child), so
 * the undo travels in bundles as an edit that wins over the delete. Only
 * while the tombstone is still a leaf and no leaf is live: anything written
 * since (another tab, an import) is left as it is, and the answer is
 * undefined.
 */
export async function restoreRecord<K extends RecordKind>(
  change: ChangeWriter,
  kind: K,
  tombstone: RecordOf[K],
): Promise<RecordOf[K] | undefined> {
  const leaves = await storedLeaves(kind, tombstone as RecordAt);
  if (!leaves || !leaves.winner.deleted) return undefined;
  const stored = [leaves.winner, ...leaves.losers];
  const kept = stored.find((leaf) => leaf.rev === tombstone.rev);
  if (!kept) return undefined;
  const restored = reviseRecord(kept, {}, change.at);
  await write(change, kind, [restored]);
  return restored;
}

/**
 * Deletes every live update of a measure (as removeRecord does each, in one
 * write); answers the tombstones of the versions shown.
 */
export async function removeUpdatesOf(
  change: ChangeWriter,
  measureId: string,
): Promise<RecordOf['updates'][]> {
  const stored = await storedUpdatesOf(measureId);
  const live = stored.filter(isLive);
  if (live.length === 0) return [];
  const leaves = await loadLeaves(
    'updates',
    live.map(({ id }) => ({ id, measureId })),
  );
  const shown: RecordOf['updates'][] = [];
  const tombstones: RecordOf['updates'][] = [];
  for (const update of live) {
    const { losers = [] } = leaves.get(update.id) ?? {};
    const others = losers.filter((v) => !v.deleted);
    const [first, ...rest] = [update, ...others].map((v) =>
      deleteRecord(v, change.at),
    );
    if (!first) continue;
    shown.push(first);
    tombstones.push(first, ...rest);
  }
  await write(change, 'updates', tombstones);
  return shown;
}

/** Hides tombstones from everything the UI shows. */
export function isLive<T extends Revisioned>(
  record: T | undefined,
): record is T {
  return record !== undefined && !record.deleted;
}
