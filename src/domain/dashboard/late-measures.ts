/** Late measures, the latest-ending first, and measures gone quiet. */
import { daysBetween } from '../fiscal-year';
import type { IsoDate } from '../types';
import type { MeasureFacts } from './measure-facts';

export interface LateMeasure {
  measureId: string;
  /** Days past the period's end; 0 when reported late before the period ended. */
  daysLate: number;
}

/** lateMeasures(facts): the late ones, most days late first, then in list order. */
export function lateMeasures(facts: readonly MeasureFacts[]): LateMeasure[] {
  return facts
    .filter((f) => f.status === 'late')
    .map((f) => ({ measureId: f.measure.id, daysLate: f.daysLate }))
    .sort((a, b) => b.daysLate - a.daysLate); // stable: ties keep list order
}

export interface QuietMeasure {
  measureId: string;
  lastUpdate: IsoDate | null;
  /** Days since the latest update; null when there has never been one. */
  daysSinceUpdate: number | null;
}

/**
 * Measures with no update in the last `days` days (an update exactly `days`
 * days ago still counts as recent). Finished measures (completed, cancelled)
 * expect no more updates, and a measure whose period has not begun expects
 * none yet: neither is listed.
 * quietMeasures(facts, '2025-02-15', 30) lists a started measure last updated on 2025-01-15 (31 days)
 */
export function quietMeasures(
  facts: readonly MeasureFacts[],
  today: IsoDate,
  days: number,
): QuietMeasure[] {
  return facts
    .filter((f) => f.status !== 'completed' && f.status !== 'cancelled')
    .filter((f) => f.period.start <= today)
    .map((f) => ({
      measureId: f.measure.id,
      lastUpdate: f.lastUpdate,
      daysSinceUpdate:
        f.lastUpdate === null ? null : daysBetween(f.lastUpdate, today),
    }))
    .filter((q) => q.daysSinceUpdate === null || q.daysSinceUpdate > days);
}
