/**
 * What dashboards need of a measure's updates, kept beside the measure so a
 * dashboard of 100,000 updates reads one small row per measure instead.
 * Derived data: rebuilt from the updates, never exchanged in bundles.
 */
import {
  latestUpdate,
  type LatestReport,
  type UpdateOrder,
} from './measure-status';
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

/**
 * A summary built one update at a time, for an import too large to hold a
 * measure's updates together: foldUpdate over a measure's updates, then
 * summaryOf, gives what summarize gives (measure-summary.test.ts).
 */
export interface SummaryFold {
  latest: (UpdateOrder & LatestReport) | undefined;
  updateCount: number;
  rounds: Set<Round>;
}

export function foldUpdate(
  fold: SummaryFold | undefined,
  update: ProgressUpdate,
): SummaryFold {
  const into = fold ?? { latest: undefined, updateCount: 0, rounds: new Set() };
  if (update.deleted) return into;
  const { date, updatedAt, id, status, percent } = update;
  const candidate = { date, updatedAt, id, status, percent };
  into.latest = latestUpdate(
    into.latest ? [into.latest, candidate] : [candidate],
  );
  into.updateCount += 1;
  into.rounds.add(update.round);
  return into;
}

export function summaryOf(
  measure: Pick<Measure, 'id' | 'officeId' | 'fiscalYear'>,
  fold: SummaryFold | undefined,
): MeasureSummary {
  const latest = fold?.latest;
  return {
    measureId: measure.id,
    officeId: measure.officeId,
    fiscalYear: measure.fiscalYear,
    latest: latest
      ? { date: latest.date, status: latest.status, percent: latest.percent }
      : null,
    updateCount: fold?.updateCount ?? 0,
    rounds: [...(fold?.rounds ?? [])].sort(),
  };
}
