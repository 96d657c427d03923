/**
 * What dashboards read: measures and their summaries, never updates, so a
 * dashboard's cost follows the number of measures, not of updates (see
 * docs/performance.md). Each query uses an index of the year it shows.
 */
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';

import type { DashboardRow } from '@/domain/dashboard/measure-facts';
import type { MeasureSummary } from '@/domain/measure-summary';
import type { Measure, Office } from '@/domain/types';

import { db } from './app-db';
import { byOrder, listMeasures } from './measures';
import { listOffices } from './offices';
import { primedKeys, usePrimed } from './primed';
import { isLive } from './records';

function joinSummaries(
  measures: readonly Measure[],
  summaries: readonly MeasureSummary[],
): DashboardRow<Measure>[] {
  const byMeasure = new Map(summaries.map((s) => [s.measureId, s]));
  // A measure nobody has reported on may have no summary row: that is "no update".
  return measures.map((measure) => ({
    measure,
    summary: byMeasure.get(measure.id),
  }));
}

/** The office's measures of the year in report order, each with its summary. */
export async function officeDashboardRows(
  officeId: string,
  fiscalYear: number,
): Promise<DashboardRow<Measure>[]> {
  const [measures, summaries] = await Promise.all([
    listMeasures(officeId, fiscalYear),
    db.summaries
      .where('[officeId+fiscalYear]')
      .equals([officeId, fiscalYear])
      .toArray(),
  ]);
  return joinSummaries(measures, summaries);
}

export interface YearOfAllOffices {
  offices: Office[];
  rows: DashboardRow<Measure>[];
}

/** Every office, and every office's measures of the year with their summaries. */
export async function allOfficesRows(
  fiscalYear: number,
): Promise<YearOfAllOffices> {
  const offices = await listOffices();
  const [measures, summaries] = await Promise.all([
    db.measures
      .where('[officeId+fiscalYear]')
      .anyOf(offices.map((o) => [o.id, fiscalYear]))
      .toArray(),
    db.summaries.where('fiscalYear').equals(fiscalYear).toArray(),
  ]);
  return {
    offices,
    rows: joinSummaries(measures.filter(isLive).sort(byOrder), summaries),
  };
}

/** How many live measures the office has in each fiscal year. */
export async function measureCountsByYear(
  officeId: string,
): Promise<Map<number, number>> {
  const measures = await db.measures
    .where('[officeId+fiscalYear]')
    .between([officeId, Dexie.minKey], [officeId, Dexie.maxKey])
    .toArray();
  const counts = new Map<number, number>();
  for (const m of measures.filter(isLive)) {
    counts.set(m.fiscalYear, (counts.get(m.fiscalYear) ?? 0) + 1);
  }
  return counts;
}

export function useOfficeDashboardRows(officeId: string, fiscalYear: number) {
  const primed = usePrimed<DashboardRow<Measure>[]>(
    primedKeys.officeRows(officeId, fiscalYear),
  );
  return useLiveQuery(
    () => officeDashboardRows(officeId, fiscalYear),
    [officeId, fiscalYear],
    primed,
  );
}

export function useAllOfficesRows(fiscalYear: number) {
  return useLiveQuery(() => allOfficesRows(fiscalYear), [fiscalYear]);
}

export function useMeasureCountsByYear(officeId: string) {
  return useLiveQuery(() => measureCountsByYear(officeId), [officeId]);
}
