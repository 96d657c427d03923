/**
 * The one Dexie database of the app, with every schema version it ever had.
 * A shipped version is never edited: a change adds `this.version(n + 1)` with
 * its upgrade, tested in app-db.test.ts against a database of the old shape.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';

import type { ExpectedOffice } from '@/domain/expected/expected-office';
import type { MeasureSummary } from '@/domain/measure-summary';
import { summarize } from '@/domain/measure-summary';
import type {
  Approval,
  Measure,
  Office,
  OitItem,
  ProgressUpdate,
  RoundDeadline,
  RoundReport,
} from '@/domain/types';

import type { DeviceKeyRow, TrustedKeyRow } from './keys/key-rows';
import type {
  Setting,
  Draft,
  ConflictRow,
  UpdateGroup,
  ImportLogEntry,
  JournalRow,
  HistoryRow,
  SyncCheckpoint,
} from './rows';

// The rows' shapes live in rows.ts; callers import them from here as before.
export type {
  Setting,
  Draft,
  VersionOrigin,
  ConflictRow,
  UpdateGroup,
  ImportLogEntry,
  JournalRow,
  HistoryRow,
  SyncCheckpoint,
} from './rows';

export const DB_NAME = 'ita-tracker';

export class AppDB extends Dexie {
  offices!: EntityTable<Office, 'id'>;
  measures!: EntityTable<Measure, 'id'>;
  updateGroups!: EntityTable<UpdateGroup, 'measureId'>;
  settings!: EntityTable<Setting, 'key'>;
  drafts!: EntityTable<Draft, 'key'>;
  conflicts!: Table<ConflictRow, [string, string]>;
  imports!: EntityTable<ImportLogEntry, 'id'>;
  summaries!: EntityTable<MeasureSummary, 'measureId'>;
  journal!: EntityTable<JournalRow, 'last'>;
  history!: Table<HistoryRow, [string, string]>;
  expectedOffices!: EntityTable<ExpectedOffice, 'id'>;
  deadlines!: EntityTable<RoundDeadline, 'id'>;
  roundReports!: EntityTable<RoundReport, 'id'>;
  approvals!: EntityTable<Approval, 'id'>;
  oitItems!: EntityTable<OitItem, 'id'>;
  syncCheckpoints!: EntityTable<SyncCheckpoint, 'id'>;
  deviceKeys!: EntityTable<DeviceKeyRow, 'id'>;
  trustedKeys!: Table<TrustedKeyRow, [string, string]>;

  constructor(name = DB_NAME) {
    super(name);
    // v1: records keep tombstones (deleted: true) in the same tables, so the
    // indexes serve both the UI (which filters them out) and exports.
    this.version(1).stores({
      offices: 'id',
      measures: 'id, [officeId+fiscalYear]',
      updates: 'id, measureId, officeId',
      settings: 'key',
      drafts: 'key',
    });
    // v2 (exchange): losing versions of conflicting records, by record and
    // rev; and the log of imports. New tables only: nothing to migrate.
    this.version(2).stores({
      conflicts: '[recordId+rev], recordId, kind',
      imports: 'id, at',
    });
    // v3 (dashboards): one summary per measure, so dashboards need not read
    // every update; built here from the updates already stored.
    this.version(3)
      .stores({ summaries: 'measureId, [officeId+fiscalYear], fiscalYear' })
      .upgrade(async (tx) => {
        const measures = await tx.table<Measure>('measures').toArray();
        const updates = await tx.table<ProgressUpdate>('updates').toArray();
        const byMeasure = new Map<string, ProgressUpdate[]>();
        for (const u of updates) {
          byMeasure.set(u.measureId, [
            ...(byMeasure.get(u.measureId) ?? []),
            u,
          ]);
        }
        await tx
          .table('summaries')
          .bulkPut(
            measures
              .filter((m) => !m.deleted)
              .map((m) => summarize(m, byMeasure.get(m.id) ?? [])),
          );
      });
    // v4 (benchmark): a measure's updates in one row. Writing a row costs
    // about the same whether it holds one update or thirty, so an import of
    // 100,000 updates writes 3,600 rows instead. The old table goes once
    // its rows are moved (Dexie deletes it after the upgrade has run).
    this.version(4)
      .stores({ updates: null, updateGroups: 'measureId, officeId' })
      .upgrade(async (tx) => {
        const updates = await tx.table<ProgressUpdate>('updates').toArray();
        await tx.table('updateGroups').bulkPut(groupUpdates(updates));
      });
    // v5 (issue 11): a summary's `rounds` are the rounds its updates count
    // for by the one rule for rounds (domain/round.ts: by date, or handed in
    // late), no longer the rounds their `round` field named. Same shape, new
    // meaning: every stored summary is computed again from its updates.
    this.version(5)
      .stores({})
      .upgrade(async (tx) => {
        const summaries = tx.table<MeasureSummary, string>('summaries');
        const ids = await summaries.toCollection().primaryKeys();
        // A chunk at a time: a province's updates need not be held at once.
        for (let i = 0; i < ids.length; i += 500) {
          const chunk = ids.slice(i, i + 500);
          const [measures, groups] = await Promise.all([
            tx.table<Measure, string>('measures').bulkGet(chunk),
            tx.table<UpdateGroup, string>('updateGroups').bulkGet(chunk),
          ]);
          await summaries.bulkPut(
            chunk.flatMap((_, j) => {
              const measure = measures[j];
              if (!measure || measure.deleted) return [];
              return [summarize(measure, groups[j]?.updates ?? [])];
            }),
          );
        }
      });
    // v6 (issue 12): the journal of every change, and the bodies of the
    // versions changes replaced. New tables only: what is stored stays as it
    // is, and versions stored before have no journal entry.
    this.version(6).stores({
      journal: 'last, [local+last]',
      history: '[recordId+rev], recordId, fiscalYear',
    });
    // v7 (issue 12): revisions as CouchDB keeps them. A conflict resolution
    // stored until then was one revision of several parents; each such
    // version gets one chain of `revs` and a deleted child of every side
    // that chain leaves off (chain-stored.ts), as a version-3 bundle does
    // on import. Same tables and indexes: nothing else changes. (Run inside
    // Dexie's upgrade, not writeChange: the journal begins after upgrades.)
    // Its code, the bundle schemas among it, loads only when an old database
    // is opened, not with the first screen (docs/performance.md); waitFor
    // keeps the upgrade's transaction open meanwhile: IndexedDB commits a
    // transaction that has nothing pending.
    this.version(7)
      .stores({})
      .upgrade(async (tx) => {
        const upgrade = await Dexie.waitFor(import('./chain-stored'));
        await upgrade.chainStoredRevisions(tx);
      });
    // v8 (issue 13): two new tables, nothing to migrate. The due date of
    // each round's report, a record of a fiscal year like any other (written
    // by writeChange, in bundles; until one is set the defaults apply); and
    // the consolidator's list of the offices they expect, this device's own
    // (never exported), by the imported office each is.
    this.version(8).stores({
      deadlines: 'id, fiscalYear',
      expectedOffices: 'id, officeId',
    });
    // v9 (issue 13): a round's report text as edited for the printout, and
    // the approvals of rounds, a row each, by office and fiscal year. New
    // tables only: nothing to migrate.
    this.version(9).stores({
      roundReports: 'id, [officeId+fiscalYear]',
      approvals: 'id, [officeId+fiscalYear]',
    });
    // v10 (issue 16): the OIT items an office answers in ITAS, a row each,
    // by office and fiscal year. A new table only: nothing to migrate.
    this.version(10).stores({ oitItems: 'id, [officeId+fiscalYear]' });
    // v11 (issue 15): where the sync with each server database stands. A new
    // table only: nothing to migrate.
    this.version(11).stores({ syncCheckpoints: 'id' });
    // v12 (issue 17): this device's signing key, made on first use, and the
    // keys it trusts per office. New tables only: nothing to migrate.
    this.version(12).stores({
      deviceKeys: 'id',
      trustedKeys: '[officeId+fingerprint], officeId',
    });
  }
}

/** Updates gathered into one group per measure, in the order given. */
export function groupUpdates(
  updates: readonly ProgressUpdate[],
): UpdateGroup[] {
  const groups = new Map<string, UpdateGroup>();
  for (const update of updates) {
    const group = groups.get(update.measureId);
    if (group) group.updates.push(update);
    else
      groups.set(update.measureId, {
        measureId: update.measureId,
        officeId: update.officeId,
        updates: [update],
      });
  }
  return [...groups.values()];
}

export const db = new AppDB();
