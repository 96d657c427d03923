/**
 * One line per office for consolidators: its years, how much it holds, when
 * it last reported, when it last arrived by import, and open conflicts.
 * Update counts and dates come from the measures' summaries: reading every
 * update of a province (100,000 and more) to count them would take seconds.
 */
import type { Measure } from '@/domain/types';

import { db } from './app-db';
import { listOffices } from './offices';
import { isLive } from './records';

export interface OfficeOverview {
  officeId: string;
  name: string;
  district: string;
  province: string;
  fiscalYears: number[];
  measures: number;
  updates: number;
  lastUpdate: string | undefined;
  lastImport: string | undefined;
  conflicts: number;
}

export async function officesOverview(): Promise<OfficeOverview[]> {
  const [offices, measures, summaries, imports, conflicts] = await Promise.all([
    listOffices(),
    db.measures.toArray(),
    db.summaries.toArray(),
    db.imports.orderBy('at').toArray(),
    // Open conflicts only: a deleted losing version asks nothing.
    db.conflicts.filter((row) => !row.record.deleted).toArray(),
  ]);
  const measuresOf = new Map<string, Measure[]>();
  for (const m of measures.filter(isLive)) {
    measuresOf.set(m.officeId, [...(measuresOf.get(m.officeId) ?? []), m]);
  }
  const summaryOf = new Map(summaries.map((s) => [s.measureId, s]));
  const conflictOffice = (row: (typeof conflicts)[number]) =>
    row.kind === 'offices'
      ? row.recordId
      : (row.record as { officeId: string }).officeId;
  return offices.map((office) => {
    const own = measuresOf.get(office.id) ?? [];
    const ownSummaries = own.flatMap((m) => summaryOf.get(m.id) ?? []);
    // Each summary's latest is its measure's newest update by date.
    const lastUpdate = ownSummaries.reduce<string | undefined>(
      (latest, s) =>
        s.latest && (latest === undefined || s.latest.date > latest)
          ? s.latest.date
          : latest,
      undefined,
    );
    return {
      officeId: office.id,
      name: office.name,
      district: office.district,
      province: office.province,
      fiscalYears: [...new Set(own.map((m) => m.fiscalYear))].sort(
        (a, b) => b - a,
      ),
      measures: own.length,
      updates: ownSummaries.reduce((sum, s) => sum + s.updateCount, 0),
      lastUpdate,
      lastImport: imports.findLast((entry) =>
        entry.officeIds.includes(office.id),
      )?.at,
      conflicts: new Set(
        conflicts
          .filter((row) => conflictOffice(row) === office.id)
          .map((r) => r.recordId),
      ).size,
    };
  });
}
