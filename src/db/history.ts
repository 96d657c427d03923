/**
 * A record's history: every version of an office, a measure or an update
 * this device has stored, newest first, each with when it was stored here,
 * why (the cause), where from (this device or a file), who, its rev and the
 * rev it replaced, whether it is a tombstone, and what it held when that is
 * kept. A deleted record has its history too (the tombstone is its newest
 * version, and holds the content it deleted), so it can be restored.
 *
 * Made of the journal (write/journal.ts: one entry per version stored),
 * the record's stored leaves (the version shown and those kept in
 * conflict) and the bodies of replaced versions (`history`, kept by the
 * policy of write/history-bodies.ts: the current and the last fiscal year).
 * Versions stored before the journal began (schema v6) have no entry: they
 * are listed after the others, dated by their own `updatedAt`, cause unknown.
 */
import { useLiveQuery } from 'dexie-react-hooks';

import type { RecordKind, RecordOf } from '@/bundle/record-schemas';

import { db } from './app-db';
import { storedLeaves, type RecordAt } from './records';
import type { Cause, ChangeSource } from './write/change';
import { entriesOf, type JournalEntry } from './write/journal';

/** Where a version stands now. */
export type VersionState =
  /** The version shown: the record's winner (a tombstone when deleted). */
  | 'current'
  /** A losing leaf, kept in conflict (or a tombstone closing one). */
  | 'conflict'
  /** Replaced by a later version. */
  | 'replaced';

export interface RecordVersion<K extends RecordKind = RecordKind> {
  rev: string;
  /** The stored leaf it replaced here: the version it was made from, or the one it won over. */
  replaced?: string;
  deleted: boolean;
  state: VersionState;
  /** Its journal entry's sequence number; none when stored before the journal. */
  seq?: number;
  /** When it was stored here (journal), else when it was saved (its own `updatedAt`). */
  at: string;
  /** Why it was stored; none when stored before the journal. */
  cause?: Cause;
  source?: ChangeSource;
  /** The name of the person at the device that stored it, if one was set. */
  by?: string;
  /**
   * What it held: always for the current version and those in conflict;
   * for a replaced one while the history policy keeps it.
   */
  record?: RecordOf[K];
}

/** Every journal entry of one record, oldest first. */
async function entriesFor(id: string): Promise<JournalEntry[]> {
  const found: JournalEntry[] = [];
  // A row holds hundreds of entries: look for the id before unpacking it.
  await db.journal.each((row) => {
    if (!row.ids.includes(id)) return;
    for (const entry of entriesOf(row)) if (entry.id === id) found.push(entry);
  });
  return found;
}

/** recordHistory('measures', { id }) → its versions, newest first */
export async function recordHistory<K extends RecordKind>(
  kind: K,
  at: RecordAt,
): Promise<RecordVersion<K>[]> {
  const entries = (await entriesFor(at.id)).filter((e) => e.kind === kind);
  const measureId = at.measureId ?? entries.find((e) => e.measureId)?.measureId;
  const [leaves, kept] = await Promise.all([
    storedLeaves(kind, { id: at.id, ...(measureId ? { measureId } : {}) }),
    db.history.where('recordId').equals(at.id).toArray(),
  ]);
  const bodies = new Map<string, RecordOf[K]>();
  for (const row of kept)
    if (row.kind === kind) bodies.set(row.rev, row.record as RecordOf[K]);
  const states = new Map<string, VersionState>();
  if (leaves) {
    states.set(leaves.winner.rev, 'current');
    bodies.set(leaves.winner.rev, leaves.winner);
    for (const loser of leaves.losers) {
      states.set(loser.rev, 'conflict');
      bodies.set(loser.rev, loser);
    }
  }
  const versions = new Map<string, RecordVersion<K>>();
  for (const entry of entries) {
    // The first time it was stored here is when this device saw it.
    if (versions.has(entry.rev)) continue;
    const { seq, at: when, cause, source, by, rev, replaced, deleted } = entry;
    const record = bodies.get(rev);
    versions.set(rev, {
      rev,
      ...(replaced ? { replaced } : {}),
      deleted,
      state: states.get(rev) ?? 'replaced',
      seq,
      at: when,
      cause,
      source,
      ...(by ? { by } : {}),
      ...(record ? { record } : {}),
    });
  }
  // Versions stored before the journal: known by their bodies alone.
  const before = [...bodies.values()]
    .filter((record) => !versions.has(record.rev))
    .map((record): RecordVersion<K> => ({
      rev: record.rev,
      deleted: !!record.deleted,
      state: states.get(record.rev) ?? 'replaced',
      at: record.updatedAt,
      record,
    }))
    .sort((a, b) => b.at.localeCompare(a.at));
  const journalled = [...versions.values()].sort(
    (a, b) => (b.seq ?? 0) - (a.seq ?? 0),
  );
  return [...journalled, ...before];
}

/** A record's history, live: undefined while loading, [] for a record never stored. */
export function useRecordHistory<K extends RecordKind>(
  kind: K,
  at: RecordAt,
): RecordVersion<K>[] | undefined {
  const { id, measureId } = at;
  return useLiveQuery(
    () => recordHistory(kind, { id, ...(measureId ? { measureId } : {}) }),
    [kind, id, measureId],
  );
}
