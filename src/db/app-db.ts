/**
 * The one Dexie database of the app, with every schema version it ever had.
 * A shipped version is never edited: a change adds `this.version(n + 1)` with
 * its upgrade, tested in app-db.test.ts against a database of the old shape.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';

import type { MergeKind } from '@/bundle/merge';
import type { RecordKind, RecordOf } from '@/bundle/record-schemas';
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
import type { HeldGroup } from './keys/trust-book';
import type { Cause, ChangeSource } from './write/change';

/** A device preference or workspace choice, e.g. the selected office. */
export interface Setting {
  key: string;
  value: unknown;
}

/** Text a person typed into a form and has not saved yet. */
export interface Draft {
  /** The form and the record it edits, e.g. `measure:new:<officeId>:2568`. */
  key: string;
  values: unknown;
  savedAt: string;
}

/**
 * Where a version of a record in conflict came from: this device (it was
 * stored here when the other arrived, or edited here since), or a file,
 * with the device that exported it and when, and when it was imported.
 */
export type VersionOrigin =
  | { from: 'device' }
  | {
      from: 'file';
      file: string;
      /** The bundle's `source.device`: the exporting browser's user agent. */
      device: string;
      exportedAt: string;
      importedAt: string;
    }
  /** Pulled from a CouchDB database (its address) when. */
  | { from: 'server'; database: string; pulledAt: string };

/** A losing version of a record edited apart elsewhere, kept until resolved. */
export interface ConflictRow {
  kind: RecordKind;
  recordId: string;
  rev: string;
  record: RecordOf[RecordKind];
  /**
   * Where each version of the record (by rev) came from, as known when this
   * row was written (issue 11; rows kept before have none). Device-local:
   * never exported.
   */
  origins?: Record<string, VersionOrigin>;
}

/**
 * A measure's progress updates in one row: every stored version that won,
 * tombstones included. A province's 100,000 updates are 3,600 rows, so an
 * import writes and an export reads a row per measure, not per update
 * (schema v4; docs/decisions.md "Updates stored by measure").
 */
export interface UpdateGroup {
  measureId: string;
  officeId: string;
  updates: ProgressUpdate[];
}

/** One confirmed import: when, which files, what it changed. */
export interface ImportLogEntry {
  id: string;
  at: string;
  files: string[];
  officeIds: string[];
  counts: Record<MergeKind | 'invalid', number>;
  /** Records the files could not change (issue 17), by file and office. */
  held?: HeldGroup[];
}

/**
 * One row of the journal: the entries of one write batch (write/journal.ts),
 * numbered `first` to `last` in order. Columns, not an object per entry: a
 * province's first import journals 104,000 entries in about 200 rows.
 */
export interface JournalRow {
  /** The sequence number of the row's last entry: the key, in feed order. */
  last: number;
  /** The sequence number of its first entry (`last - ids.length + 1`). */
  first: number;
  /** When the change was written. */
  at: string;
  cause: Cause;
  /** 1 when the cause is local (LOCAL_CAUSES): indexed for the export reminder. */
  local: 0 | 1;
  source: ChangeSource;
  /** The person's name as set on this device, if any. */
  by?: string;
  /**
   * One letter an entry: `o` office, `m` measure, `u` update, `d` deadline,
   * `r` a round's report text, `a` an approval, `i` an OIT item; capital for a tombstone.
   */
  kinds: string;
  ids: string[];
  /** The rev each entry stored. */
  revs: string[];
  /** The stored leaf each replaced, `''` when none (a new record, a new side). */
  replaced: string[];
  /** An update's measure (the row it is stored in), `''` for the other kinds. */
  measureIds: string[];
}

/**
 * The body of a version a write replaced, kept so a record's history can
 * show what changed (write/history-bodies.ts says for how long).
 */
export interface HistoryRow {
  kind: RecordKind;
  recordId: string;
  rev: string;
  record: RecordOf[RecordKind];
  /** The fiscal year it is kept by: the measure's, or an office's when replaced. */
  fiscalYear: number;
}

/**
 * Where the sync with one server database stands (sync/checkpoints.ts): the
 * local half of CouchDB's replication checkpoint, whose other half is the
 * `_local/` document of the same session on the server. Written in the
 * transaction of the pulled batch it counts, so a pull stopped anywhere
 * resumes after the last batch stored, never after one half-written.
 */
export interface SyncCheckpoint {
  /** The database's address: `<server>/<database>`. */
  id: string;
  /** Made when the sync starts over; the server's `_local/` copy carries it too. */
  session: string;
  /** The server's last sequence pulled, as the server gave it (opaque). */
  pulled: string | number;
  /** The journal's sequence number pushed up to. */
  pushed: number;
  /** When a sync with this database last ended without error. */
  syncedAt?: string;
}

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
