import Dexie from 'dexie';

import {
  createBundle,
  createBundleFile,
  type BundleContent,
} from '@/bundle/create-bundle';
import type { Bundle } from '@/bundle/envelope';
import type { ConflictRecord } from '@/bundle/read-bundle';
import type { Measure, Office, ProgressUpdate } from '@/domain/types';

import { db } from '../app-db';
import { allStoredUpdates, storedUpdatesOfOffice } from '../update-groups';

export type ExportScope =
  | { kind: 'all' }
  | { kind: 'office'; officeId: string }
  | { kind: 'office-year'; officeId: string; fiscalYear: number };

interface Source {
  appVersion: string;
  device: string;
  exportedAt: string;
}

async function recordsIn(scope: ExportScope) {
  if (scope.kind === 'all') {
    const [offices, measures, updates] = await Promise.all([
      db.offices.toArray(),
      db.measures.toArray(),
      allStoredUpdates(),
    ]);
    return { offices, measures, updates };
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
  return { offices, measures, updates };
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
  const tables = [db.offices, db.measures, db.updateGroups, db.conflicts];
  return db.transaction('r', tables, async () => {
    const records = await recordsIn(scope);
    const ids = [
      ...records.offices,
      ...records.measures,
      ...records.updates,
    ].map((r) => r.id);
    const fiscalYears = scope.kind === 'office-year' ? [scope.fiscalYear] : [];
    return {
      exportedAt: source.exportedAt,
      source: {
        app: 'ita-tracker',
        appVersion: source.appVersion,
        device: source.device,
      },
      scope: { offices: records.offices.map((o) => o.id), fiscalYears },
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

/** The same bundle as its file, serialized once (for saving). */
export async function gatherExportFile(
  scope: ExportScope,
  source: Source,
): Promise<{ bundle: Bundle; file: Blob }> {
  return createBundleFile(await gatherContent(scope, source));
}
