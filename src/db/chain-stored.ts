/**
 * The upgrade to schema v7 (issue 12): stored versions whose `revs` is not
 * one chain (a conflict resolution as the app made it until bundle format 3:
 * one revision of several parents) are put in the form CouchDB keeps, by the
 * very conversion a version-3 bundle gets (bundle/chain-form.ts): each keeps
 * its rev and content, and each rev its chain leaves off gets a deleted
 * child, kept as a losing leaf. So a device that stored a resolution before
 * ends with what a device importing it now ends with.
 *
 * Only the tables this upgrade reads and writes are touched, through its own
 * transaction: offices, measures, updateGroups, conflicts. Drafts, settings
 * and the import log stay as they are. Summaries too: a winner changes only
 * when every leaf of its record is deleted (a tombstone can beat only a
 * deleted version), and a deleted measure or update counts in none.
 */
import type { Transaction } from 'dexie';

import { chainFormOfLeaves } from '@/bundle/chain-form';
import { toLeaves, type Leaves } from '@/bundle/merge';
import type { RecordKind } from '@/bundle/record-schemas';
import { isRev, isRevChain } from '@/domain/revision';
import type { ProgressUpdate, Revisioned } from '@/domain/types';

import type { ConflictRow, UpdateGroup } from './app-db';

/** Rows read and written a chunk at a time: a province's need not be held at once. */
const CHUNK = 500;

const keyOf = (kind: RecordKind, id: string) => `${kind}:${id}`;
/**
 * A version the app can read the revisions of: a rev and a list. Rows the
 * app never wrote (a partial record) are left as they are: an upgrade that
 * threw would leave the database unopened.
 */
const isReadable = (v: Revisioned) =>
  typeof v.rev === 'string' && isRev(v.rev) && Array.isArray(v.revs);
/** Leaves to convert: all readable, one not one chain. */
const needsChain = (leaves: readonly Revisioned[]) =>
  leaves.every(isReadable) && !leaves.every((v) => isRevChain(v.rev, v.revs));

/** The conflict rows of each record, by `<kind>:<id>`. */
type RowsByRecord = Map<string, ConflictRow[]>;

/**
 * The conflict rows that keep `versions` of one record: a kept row stays
 * (its origins too) with its record converted, a new version gets a row of
 * its own, and a row of no version in `versions` goes.
 */
function rowsFor(
  kind: RecordKind,
  versions: readonly Revisioned[],
  rows: readonly ConflictRow[],
) {
  const byRev = new Map(rows.map((row) => [row.rev, row]));
  const put = versions.map((record): ConflictRow => ({
    ...(byRev.get(record.rev) ?? { kind, recordId: record.id }),
    rev: record.rev,
    record: record as ConflictRow['record'],
  }));
  const kept = new Set(put.map((row) => row.rev));
  const gone = rows
    .filter((row) => !kept.has(row.rev))
    .map((row): [string, string] => [row.recordId, row.rev]);
  return { put, gone };
}

/**
 * One record's leaves in chain form, the winner and the rows of its
 * losers; undefined when every leaf already is one chain.
 */
function converted(
  kind: RecordKind,
  leaves: Leaves<Revisioned>,
  rows: readonly ConflictRow[],
) {
  if (!needsChain([leaves.winner, ...leaves.losers])) return undefined;
  const next = chainFormOfLeaves(leaves);
  return { winner: next.winner, ...rowsFor(kind, next.losers, rows) };
}

/** Converts every record of `kind` by its stored winners, a chunk at a time. */
async function convertWinners(
  tx: Transaction,
  kind: 'offices' | 'measures',
  rowsOf: RowsByRecord,
) {
  const table = tx.table<Revisioned, string>(kind);
  const conflicts = tx.table<ConflictRow, [string, string]>('conflicts');
  const ids = await table.toCollection().primaryKeys();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const winners: Revisioned[] = [];
    for (const winner of await table.bulkGet(ids.slice(i, i + CHUNK))) {
      if (!winner) continue;
      const key = keyOf(kind, winner.id);
      const rows = rowsOf.get(key) ?? [];
      rowsOf.delete(key);
      const leaves = { winner, losers: rows.map((r) => r.record) };
      const change = converted(kind, leaves, rows);
      if (!change) continue;
      winners.push(change.winner);
      await conflicts.bulkDelete(change.gone);
      await conflicts.bulkPut(change.put);
    }
    await table.bulkPut(winners);
  }
}

/** The same for updates, by their measures' rows, kept in their order. */
async function convertUpdates(tx: Transaction, rowsOf: RowsByRecord) {
  const groups = tx.table<UpdateGroup, string>('updateGroups');
  const conflicts = tx.table<ConflictRow, [string, string]>('conflicts');
  const ids = await groups.toCollection().primaryKeys();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const changed: UpdateGroup[] = [];
    for (const group of await groups.bulkGet(ids.slice(i, i + CHUNK))) {
      if (!group) continue;
      let updates: ProgressUpdate[] | undefined;
      for (const [at, winner] of group.updates.entries()) {
        const key = keyOf('updates', winner.id);
        const rows = rowsOf.get(key) ?? [];
        rowsOf.delete(key);
        const leaves = { winner, losers: rows.map((r) => r.record) };
        const change = converted('updates', leaves, rows);
        if (!change) continue;
        updates ??= [...group.updates];
        updates[at] = change.winner as ProgressUpdate;
        await conflicts.bulkDelete(change.gone);
        await conflicts.bulkPut(change.put);
      }
      if (updates) changed.push({ ...group, updates });
    }
    await groups.bulkPut(changed);
  }
}

/**
 * Conflict rows of a record with no stored winner (no command leaves one,
 * but a row is never dropped): converted among themselves, every leaf kept
 * as a row.
 */
async function convertOrphans(tx: Transaction, rowsOf: RowsByRecord) {
  const conflicts = tx.table<ConflictRow, [string, string]>('conflicts');
  for (const rows of rowsOf.values()) {
    const records = rows.map((row) => row.record as Revisioned);
    const kind = rows[0]?.kind;
    if (!kind || !needsChain(records)) continue;
    const next = chainFormOfLeaves(toLeaves(records));
    const { put, gone } = rowsFor(kind, [next.winner, ...next.losers], rows);
    await conflicts.bulkDelete(gone);
    await conflicts.bulkPut(put);
  }
}

export async function chainStoredRevisions(tx: Transaction): Promise<void> {
  const rowsOf: RowsByRecord = new Map();
  for (const row of await tx.table<ConflictRow>('conflicts').toArray()) {
    const key = keyOf(row.kind, row.recordId);
    rowsOf.set(key, [...(rowsOf.get(key) ?? []), row]);
  }
  await convertWinners(tx, 'offices', rowsOf);
  await convertWinners(tx, 'measures', rowsOf);
  await convertUpdates(tx, rowsOf);
  await convertOrphans(tx, rowsOf);
}
