/**
 * What every dashboard figure is computed from: one row per measure with its
 * stored summary (domain/measure-summary.ts), never its updates, so a
 * dashboard costs one small read per measure however many updates exist.
 */
import { daysLateFromLatest, statusFromLatest } from '../measure-status';
import type { MeasureSummary } from '../measure-summary';
import { periodRange } from '../period';
import type { IsoDate, Measure, MeasureStatus, Round } from '../types';

/** The parts of a measure the dashboard reads. */
export type DashboardMeasure = Pick<
  Measure,
  'id' | 'officeId' | 'fiscalYear' | 'period' | 'allUnits' | 'unitIds'
>;

/** A measure and its summary; a measure nobody has reported on has none. */
export interface DashboardRow<M extends DashboardMeasure = DashboardMeasure> {
  measure: M;
  summary: MeasureSummary | undefined;
}

export interface MeasureFacts<M extends DashboardMeasure = DashboardMeasure> {
  measure: M;
  status: MeasureStatus;
  /** Days past the period's end without being finished; 0 otherwise. */
  daysLate: number;
  /** Date of the latest live update, null when there is none. */
  lastUpdate: IsoDate | null;
  /** Rounds that at least one live update counts for (domain/round.ts). */
  rounds: readonly Round[];
  period: { start: IsoDate; end: IsoDate };
}

/** measureFacts([{ measure, summary: undefined }], '2025-10-01')[0].status === 'late' for a whole-year FY2568 measure */
export function measureFacts<M extends DashboardMeasure>(
  rows: readonly DashboardRow<M>[],
  today: IsoDate,
): MeasureFacts<M>[] {
  return rows.map(({ measure, summary }) => {
    const latest = summary?.latest ?? undefined;
    return {
      measure,
      status: statusFromLatest(measure, latest, today),
      daysLate: daysLateFromLatest(measure, latest, today),
      lastUpdate: latest?.date ?? null,
      rounds: summary?.rounds ?? [],
      period: periodRange(measure.period, measure.fiscalYear),
    };
  });
}

/** ids([{ measure: { id: 'a' } }, …]) → ['a', …]: the measures behind a figure. */
export function idsOf(facts: readonly MeasureFacts[]): string[] {
  return facts.map((f) => f.measure.id);
}
