import Dexie from 'dexie';

import { textSink, type TextSink } from '@/bundle/bundle-file';
import {
  bundleFileWriter,
  createBundle,
  type BundleContent,
  type BundleWriter,
  type SignChecksum,
} from '@/bundle/create-bundle';
import type { Bundle } from '@/bundle/envelope';
import type { ConflictRecord } from '@/bundle/read-bundle';
import type { Measure, Office, ProgressUpdate } from '@/domain/types';

import { db } from '../app-db';
import { signWithDeviceKey } from '../keys/device-key';
import { allStoredUpdates, storedUpdatesOfOffice } from '../update-groups';
import { journalHead } from '../write/journal';

export type ExportScope =
  | { kind: 'all' }
  | { kind: 'office'; officeId: string }
  | { kind: 'office-year'; officeId: string; fiscalYear: number };

interface Source {
  appVersion: string;
  device: string;
  exportedAt: string;
}

/** A round's report texts, approvals and OIT items of the scope: of its office (and year). */
async function roundRecordsIn(scope: ExportScope) {
  const ofScope = <T extends { officeId: string; fiscalYear: number }>(
    rows: T[],
  ) =>
    scope.kind === 'all'
      ? rows
      : rows.filter(
          (r) =>
            r.officeId === scope.officeId &&
            (scope.kind === 'office' || r.fiscalYear === scope.fiscalYear),
        );
  const [roundReports, approvals, oitItems] = await Promise.all([
    db.roundReports.toArray(),
    db.approvals.toArray(),
    db.oitItems.toArray(),
  ]);
  return {
    roundReports: ofScope(roundReports),
    approvals: ofScope(approvals),
    oitItems: ofScope(oitItems),
  };
}

async function recordsIn(scope: ExportScope) {
  const rounds = await roundRecordsIn(scope);
  if (scope.kind === 'all') {
    const [offices, measures, updates, deadlines] = await Promise.all([
      db.offices.toArray(),
      db.measures.toArray(),
      allStoredUpdates(),
      db.deadlines.toArray(),
    ]);
    return { offices, measures, updates, deadlines, ...rounds };
  }
  const office = await db.offices.get(scope.officeId);
  const offices: Office[] = office ? [office] : [];
  const measures: Measure[] =
    scope.kind === 'office'
      ? await db.measures
          .where('[officeId+fiscalYear]')
          .between(
            [scope.officeId, Dexie.minKey],
            [scope.officeId, Dexie.maxKey],
          )
          .toArray()
      : await db.measures
          .where('[officeId+fiscalYear]')
          .equals([scope.officeId, scope.fiscalYear])
          .toArray();
  const measureIds = new Set(measures.map((m) => m.id));
  const updates: ProgressUpdate[] = (
    await storedUpdatesOfOffice(scope.officeId)
  ).filter((u) => measureIds.has(u.measureId));
  // Deadlines belong to no office: an office's file carries those of its
  // years, so the offices it goes to see the dates it was kept against.
  const deadlines = await (scope.kind === 'office'
    ? db.deadlines.toArray()
    : db.deadlines.where('fiscalYear').equals(scope.fiscalYear).toArray());
  return { offices, measures, updates, deadlines, ...rounds };
}

/** What a bundle says of itself: when, from where, of what. */
function frameOf(
  source: Source,
  offices: readonly Office[],
  fiscalYears: number[],
) {
  return {
    exportedAt: source.exportedAt,
    source: {
      app: 'ita-tracker',
      appVersion: source.appVersion,
      device: source.device,
    },
    scope: { offices: offices.map((o) => o.id), fiscalYears },
  };
}

/** Kept conflicts of these records: every one, when everything is exported. */
async function conflictsOf(scope: ExportScope, ids: readonly string[]) {
  const rows =
    scope.kind === 'all'
      ? await db.conflicts.toArray()
      : await db.conflicts
          .where('recordId')
          .anyOf([...ids])
          .toArray();
  return rows.map(({ kind, record }) => ({ kind, record }) as ConflictRecord);
}

/**
 * Everything in scope, tombstones and kept conflicts included, read in one
 * transaction so it is a consistent snapshot.
 */
async function gatherContent(
  scope: ExportScope,
  source: Source,
): Promise<BundleContent> {
  const tables = [
    db.offices,
    db.measures,
    db.updateGroups,
    db.deadlines,
    db.roundReports,
    db.approvals,
    db.oitItems,
    db.conflicts,
  ];
  return db.transaction('r', tables, async () => {
    const records = await recordsIn(scope);
    const ids = [
      ...records.offices,
      ...records.measures,
      ...records.updates,
      ...records.deadlines,
      ...records.roundReports,
      ...records.approvals,
      ...records.oitItems,
    ].map((r) => r.id);
    const fiscalYears = scope.kind === 'office-year' ? [scope.fiscalYear] : [];
    return {
      ...frameOf(source, records.offices, fiscalYears),
      records,
      conflicts: await conflictsOf(scope, ids),
    };
  });
}

/** A bundle of everything in scope. */
export async function gatherExport(
  scope: ExportScope,
  source: Source,
): Promise<Bundle> {
  return createBundle(await gatherContent(scope, source));
}

/** Rows of updates read at a time by an export of everything. */
const PAGE = 400;

const pageAfter = (measureId: string | undefined) =>
  (measureId === undefined
    ? db.updateGroups.orderBy('measureId')
    : db.updateGroups.where('measureId').above(measureId)
  )
    .limit(PAGE)
    .toArray();

/**
 * Everything, the updates a page of rows at a time: while the database
 * reads a page, the one before is serialized into the file's bytes, so
 * reading and writing overlap instead of following each other.
 */
async function writeEverything(
  source: Source,
  sink: TextSink,
): Promise<BundleWriter> {
  const [offices, measures, deadlines, rounds, conflicts] = await Promise.all([
    db.offices.toArray(),
    db.measures.toArray(),
    db.deadlines.toArray(),
    roundRecordsIn({ kind: 'all' }),
    conflictsOf({ kind: 'all' }, []),
  ]);
  const writer = bundleFileWriter(
    {
      ...frameOf(source, offices, []),
      records: { offices, measures, deadlines, ...rounds },
      conflicts,
    },
    sink,
  );
  let rows = await pageAfter(undefined);
  while (rows.length > 0) {
    const next =
      rows.length === PAGE ? pageAfter(rows.at(-1)?.measureId) : null;
    writer.page(rows.flatMap((row) => row.updates));
    rows = next ? await next : [];
  }
  return writer;
}

/**
 * The bundle of everything in scope as its file, serialized once (for
 * saving), into `sink`: encoded and hashed here or in a worker. `seq` is
 * the journal's last number as the export read the data (export-state.ts:
 * a change journalled after it is not in the file).
 */
export async function gatherExportFile(
  scope: ExportScope,
  source: Source,
  sink: TextSink = textSink(),
  sign: SignChecksum = signWithDeviceKey,
): Promise<{ file: Blob; seq: number; offices: string[] }> {
  const tables = [
    db.offices,
    db.measures,
    db.updateGroups,
    db.deadlines,
    db.roundReports,
    db.approvals,
    db.oitItems,
    db.conflicts,
    db.journal,
  ];
  try {
    const { writer, seq, offices } = await db.transaction(
      'r',
      tables,
      async () => {
        const seq = await journalHead();
        // The names of the live offices the file holds: its name says them.
        const offices = (await db.offices.toArray())
          .filter(
            (o) =>
              !o.deleted && (scope.kind === 'all' || o.id === scope.officeId),
          )
          .map((o) => o.name);
        if (scope.kind === 'all')
          return { writer: await writeEverything(source, sink), seq, offices };
        const content = await gatherContent(scope, source);
        const writer = bundleFileWriter(content, sink);
        writer.page(content.records.updates);
        return { writer, seq, offices };
      },
    );
    // Signed once the transaction is over: the key is read apart.
    return { file: (await writer.end(sign)).file, seq, offices };
  } catch (error) {
    sink.abort();
    throw error;
  }
}
