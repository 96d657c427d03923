/**
 * The one Dexie database of the app, with every schema version it ever had.
 * A shipped version is never edited: a change adds `this.version(n + 1)` with
 * its upgrade, tested in app-db.test.ts against a database of the old shape.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';

import type { MergeKind } from '@/bundle/merge';
import type { RecordKind } from '@/bundle/record-schemas';
import type { MeasureSummary } from '@/domain/measure-summary';
import { summarize } from '@/domain/measure-summary';
import type { Measure, Office, ProgressUpdate } from '@/domain/types';

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

/** A losing version of a record edited apart elsewhere, kept until resolved. */
export interface ConflictRow {
  kind: RecordKind;
  recordId: string;
  rev: string;
  record: Office | Measure | ProgressUpdate;
}

/** One confirmed import: when, which files, what it changed. */
export interface ImportLogEntry {
  id: string;
  at: string;
  files: string[];
  officeIds: string[];
  counts: Record<MergeKind | 'invalid', number>;
}

export const DB_NAME = 'ita-tracker';

export class AppDB extends Dexie {
  offices!: EntityTable<Office, 'id'>;
  measures!: EntityTable<Measure, 'id'>;
  updates!: EntityTable<ProgressUpdate, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  drafts!: EntityTable<Draft, 'key'>;
  conflicts!: Table<ConflictRow, [string, string]>;
  imports!: EntityTable<ImportLogEntry, 'id'>;
  summaries!: EntityTable<MeasureSummary, 'measureId'>;

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
  }
}

export const db = new AppDB();
