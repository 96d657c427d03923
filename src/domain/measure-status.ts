/**
 * A measure's status, derived from its progress updates and today's date.
 * `today` is an argument: the domain never reads the clock.
 */
import { daysBetween, parseIsoDate } from './fiscal-year';
import { periodRange } from './period';
import type { IsoDate, Measure, MeasureStatus, ProgressUpdate } from './types';

/** What ordering updates reads of them. */
export type UpdateOrder = Pick<
  ProgressUpdate,
  'date' | 'updatedAt' | 'id' | 'deleted'
>;

/** Orders two updates oldest first: by date, then updatedAt, then id, so ties resolve the same everywhere. */
export function compareUpdates(a: UpdateOrder, b: UpdateOrder): number {
  const keys = [
    [a.date, b.date],
    [a.updatedAt, b.updatedAt],
    [a.id, b.id],
  ] as const;
  for (const [x, y] of keys) if (x !== y) return x < y ? -1 : 1;
  return 0;
}

/** latestUpdate([older, newer, deletedNewest]) === newer */
export function latestUpdate<T extends UpdateOrder>(
  updates: readonly T[],
): T | undefined {
  let latest: T | undefined;
  for (const update of updates) {
    if (update.deleted) continue;
    if (!latest || compareUpdates(update, latest) > 0) latest = update;
  }
  return latest;
}

/** What the status rules need of the latest update: a summary can supply it. */
export type LatestReport = Pick<ProgressUpdate, 'status' | 'percent'>;

function isFinished(latest: LatestReport | undefined): boolean {
  return (
    latest !== undefined &&
    (latest.status === 'cancelled' ||
      latest.status === 'completed' ||
      latest.percent >= 100)
  );
}

function latestFor(measure: Measure, updates: readonly ProgressUpdate[]) {
  return latestUpdate(updates.filter((u) => u.measureId === measure.id));
}

function periodEnd(measure: Pick<Measure, 'period' | 'fiscalYear'>): IsoDate {
  return periodRange(measure.period, measure.fiscalYear).end;
}

/** measureStatus(measure, [], '2025-10-01') === 'late' for a measure of FY2568's whole year */
export function measureStatus(
  measure: Measure,
  updates: readonly ProgressUpdate[],
  today: IsoDate,
): MeasureStatus {
  return statusFromLatest(measure, latestFor(measure, updates), today);
}

/** The status rules given only the latest report (e.g. from a stored summary). */
export function statusFromLatest(
  measure: Pick<Measure, 'period' | 'fiscalYear'>,
  latest: LatestReport | undefined,
  today: IsoDate,
): MeasureStatus {
  parseIsoDate(today); // a malformed today would compare wrongly as a string
  if (latest?.status === 'cancelled') return 'cancelled';
  if (isFinished(latest)) return 'completed';
  // The last day of the period still counts as on time.
  if (periodEnd(measure) < today) return 'late';
  if (!latest) return 'not-started';
  if (latest.status === 'late') return 'late';
  if (latest.status === 'in-progress' || latest.percent > 0) {
    return 'in-progress';
  }
  return 'not-started';
}

/** daysLate(measure, [], '2025-10-03') === 2 for a measure ending 30 Sep 2025 */
export function daysLate(
  measure: Measure,
  updates: readonly ProgressUpdate[],
  today: IsoDate,
): number {
  return daysLateFromLatest(measure, latestFor(measure, updates), today);
}

/** daysLate given only the latest report. */
export function daysLateFromLatest(
  measure: Pick<Measure, 'period' | 'fiscalYear'>,
  latest: LatestReport | undefined,
  today: IsoDate,
): number {
  if (isFinished(latest)) return 0;
  return Math.max(0, daysBetween(periodEnd(measure), today));
}

/** Why a measure is late: its period ended without completion, or its latest update says so. */
export type LateReason =
  { kind: 'period-ended'; periodEnd: IsoDate } | { kind: 'reported-late' };

/** lateReasonFromLatest given only the latest report; null when the measure is not late. */
export function lateReasonFromLatest(
  measure: Pick<Measure, 'period' | 'fiscalYear'>,
  latest: LatestReport | undefined,
  today: IsoDate,
): LateReason | null {
  if (statusFromLatest(measure, latest, today) !== 'late') return null;
  const end = periodEnd(measure);
  return end < today
    ? { kind: 'period-ended', periodEnd: end }
    : { kind: 'reported-late' };
}

/** lateReason(measure, [], '2025-10-01') → { kind: 'period-ended', periodEnd: '2025-09-30' } for a whole-year FY2568 measure */
export function lateReason(
  measure: Measure,
  updates: readonly ProgressUpdate[],
  today: IsoDate,
): LateReason | null {
  return lateReasonFromLatest(measure, latestFor(measure, updates), today);
}

/**
 * Whether the measure would still be late once an update is saved, and why:
 * the update joins the measure's other updates (without the one it edits),
 * and, being saved last, is the newer of two of the same date. The update
 * form asks this to require problems and obstacles (ปัญหาและอุปสรรค).
 */
export function lateAfterUpdate(
  measure: Measure,
  others: readonly ProgressUpdate[],
  update: LatestReport & Pick<ProgressUpdate, 'date'>,
  today: IsoDate,
): LateReason | null {
  const latest = latestFor(measure, others);
  const after = !latest || latest.date <= update.date ? update : latest;
  return lateReasonFromLatest(measure, after, today);
}
