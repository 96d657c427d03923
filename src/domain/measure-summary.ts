/**
 * What dashboards need of a measure's updates, kept beside the measure so a
 * dashboard of 100,000 updates reads one small row per measure instead.
 * Derived data: rebuilt from the updates, never exchanged in bundles.
 */
import { latestUpdate, type LatestReport } from './measure-status';
import type { IsoDate, Measure, ProgressUpdate, Round } from './types';

export interface MeasureSummary {
  measureId: string;
  officeId: string;
  fiscalYear: number;
  /** The latest live update, or null when there is none. */
  latest: (LatestReport & { date: IsoDate }) | null;
  updateCount: number;
  /** Rounds with at least one live update reported for them. */
  rounds: Round[];
}

/** summarize(measure, updates).latest?.date === the date of its newest update */
export function summarize(
  measure: Pick<Measure, 'id' | 'officeId' | 'fiscalYear'>,
  updates: readonly ProgressUpdate[],
): MeasureSummary {
  const live = updates.filter((u) => u.measureId === measure.id && !u.deleted);
  const latest = latestUpdate(live);
  return {
    measureId: measure.id,
    officeId: measure.officeId,
    fiscalYear: measure.fiscalYear,
    latest: latest
      ? { date: latest.date, status: latest.status, percent: latest.percent }
      : null,
    updateCount: live.length,
    rounds: [...new Set(live.map((u) => u.round))].sort(),
  };
}
