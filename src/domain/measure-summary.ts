/**
 * What dashboards need of a measure's updates, kept beside the measure so a
 * dashboard of 100,000 updates reads one small row per measure instead.
 * Derived data: rebuilt from the updates, never exchanged in bundles.
 */
import { fiscalYearOf } from './fiscal-year';
import {
  latestUpdate,
  type LatestReport,
  type UpdateOrder,
} from './measure-status';
import { roundsCountedFor } from './round';
import {
  ROUNDS,
  type IsoDate,
  type Measure,
  type ProgressUpdate,
  type Round,
} from './types';

export interface MeasureSummary {
  measureId: string;
  officeId: string;
  fiscalYear: number;
  /** The latest live update, or null when there is none. */
  latest: (LatestReport & { date: IsoDate }) | null;
  updateCount: number;
  /**
   * Rounds of the measure's fiscal year that at least one live update counts
   * for (domain/round.ts: dated within the round, or handed in late for it).
   * Until schema v5 this held the rounds the updates' `round` field named.
   */
  rounds: Round[];
  /**
   * The date of the last live update that counts for each of those rounds
   * (the round page's report date and lateness, issue 13). Absent from a
   * summary written before it was kept: the reader then reads that
   * measure's updates (db/round-states.ts).
   */
  roundDates?: Partial<Record<Round, IsoDate>>;
}

/**
 * A summary is built one update at a time (foldUpdate, then summaryOf), so
 * an import too large to hold a measure's updates together folds them as it
 * writes them, and every other summary is the same fold over the stored
 * updates (summarize): one computation (summary-fold.test.ts checks it
 * against the definition).
 */
export interface SummaryFold {
  latest: (UpdateOrder & LatestReport) | undefined;
  updateCount: number;
  /**
   * `<fiscal year>:<round>` of every round an update counts for, in the two
   * fiscal years it can count for (its own, and the one before for a late
   * annual report): the fold does not know the measure's year until summaryOf.
   */
  rounds: Set<string>;
  /** The last date of the updates counting for each of those `<fiscal year>:<round>`. */
  roundDates: Map<string, IsoDate>;
}

function foldRounds(into: SummaryFold, update: ProgressUpdate): void {
  const own = fiscalYearOf(update.date);
  for (const fiscalYear of [own - 1, own]) {
    for (const round of roundsCountedFor(update, fiscalYear)) {
      const key = `${fiscalYear}:${round}`;
      into.rounds.add(key);
      const last = into.roundDates.get(key);
      // ISO dates compare as strings.
      if (last === undefined || update.date > last)
        into.roundDates.set(key, update.date);
    }
  }
}

export function foldUpdate(
  fold: SummaryFold | undefined,
  update: ProgressUpdate,
): SummaryFold {
  const into = fold ?? {
    latest: undefined,
    updateCount: 0,
    rounds: new Set(),
    roundDates: new Map(),
  };
  if (update.deleted) return into;
  const { date, updatedAt, id, status, percent } = update;
  const candidate = { date, updatedAt, id, status, percent };
  into.latest = latestUpdate(
    into.latest ? [into.latest, candidate] : [candidate],
  );
  into.updateCount += 1;
  foldRounds(into, update);
  return into;
}

export function summaryOf(
  measure: Pick<Measure, 'id' | 'officeId' | 'fiscalYear'>,
  fold: SummaryFold | undefined,
): MeasureSummary {
  const latest = fold?.latest;
  const roundDates: Partial<Record<Round, IsoDate>> = {};
  for (const round of ROUNDS) {
    const date = fold?.roundDates.get(`${measure.fiscalYear}:${round}`);
    if (date !== undefined) roundDates[round] = date;
  }
  return {
    measureId: measure.id,
    officeId: measure.officeId,
    fiscalYear: measure.fiscalYear,
    latest: latest
      ? { date: latest.date, status: latest.status, percent: latest.percent }
      : null,
    updateCount: fold?.updateCount ?? 0,
    rounds: ROUNDS.filter((round) =>
      fold?.rounds.has(`${measure.fiscalYear}:${round}`),
    ).sort(),
    roundDates,
  };
}

/** summarize(measure, updates).latest?.date === the date of its newest update */
export function summarize(
  measure: Pick<Measure, 'id' | 'officeId' | 'fiscalYear'>,
  updates: readonly ProgressUpdate[],
): MeasureSummary {
  let fold: SummaryFold | undefined;
  for (const update of updates)
    if (update.measureId === measure.id) fold = foldUpdate(fold, update);
  return summaryOf(measure, fold);
}
