/**
 * Reporting rounds (รอบการรายงาน): the six-month round covers 1 Oct – 31 Mar,
 * the annual round the whole fiscal year, 1 Oct – 30 Sep.
 *
 * The one rule for which updates a round takes (docs/decisions.md, issue 11):
 * every live update dated within the round's range counts for it, so the
 * annual round is the whole year and an update of 1 December counts for both;
 * and an update that says it was handed in late for a round (its `round`)
 * counts for that round too when it is dated within six months after the
 * round ended: a 6-month report until 30 Sep, an annual one until 31 March of
 * the next fiscal year. The report, the dashboard's round completeness, the
 * stored summaries and the update form all ask this module.
 */
import {
  fiscalYearOf,
  fiscalYearRange,
  isoDateOf,
  toGregorianYear,
} from './fiscal-year';
import { ROUNDS, type IsoDate, type ProgressUpdate, type Round } from './types';

/** roundRange(2568, 'six-month') → { start: '2024-10-01', end: '2025-03-31' } */
export function roundRange(
  fiscalYear: number,
  round: Round,
): { start: IsoDate; end: IsoDate } {
  const range = fiscalYearRange(fiscalYear);
  if (round === 'annual') return range;
  return {
    start: range.start,
    end: isoDateOf(toGregorianYear(fiscalYear), 3, 31),
  };
}

/** roundOf('2025-03-31') === 'six-month'; roundOf('2025-04-01') === 'annual' */
export function roundOf(date: IsoDate): Round {
  const { end } = roundRange(fiscalYearOf(date), 'six-month');
  // ISO dates with four-digit years compare correctly as strings.
  return date <= end ? 'six-month' : 'annual';
}

/** isInRound('2025-04-01', 2568, 'six-month') === false */
export function isInRound(
  date: IsoDate,
  fiscalYear: number,
  round: Round,
): boolean {
  const { start, end } = roundRange(fiscalYear, round);
  return start <= date && date <= end;
}

/** The last day a report handed in late still counts: six months after the round's end. */
export function lateUntil(fiscalYear: number, round: Round): IsoDate {
  return round === 'six-month'
    ? fiscalYearRange(fiscalYear).end
    : roundRange(fiscalYear + 1, 'six-month').end;
}

/**
 * The round of a fiscal year that an update of this date may be handed in
 * late for, if any: lateRoundFor('2025-04-10', 2568) === 'six-month',
 * lateRoundFor('2025-10-05', 2568) === 'annual', lateRoundFor('2024-12-01', 2568) === null.
 */
export function lateRoundFor(date: IsoDate, fiscalYear: number): Round | null {
  for (const round of ROUNDS) {
    const { end } = roundRange(fiscalYear, round);
    if (end < date && date <= lateUntil(fiscalYear, round)) return round;
  }
  return null;
}

/** What the rule reads of an update. */
export type RoundedUpdate = Pick<ProgressUpdate, 'date' | 'round'>;

/** The update says it is a report handed in late for a round of this fiscal year. */
export function isHandedInLate(
  update: RoundedUpdate,
  fiscalYear: number,
): boolean {
  return update.round === lateRoundFor(update.date, fiscalYear);
}

/** countsForRound({ date: '2024-12-01', round: 'six-month' }, 2568, 'annual') === true */
export function countsForRound(
  update: RoundedUpdate,
  fiscalYear: number,
  round: Round,
): boolean {
  if (isInRound(update.date, fiscalYear, round)) return true;
  return (
    update.round === round && lateRoundFor(update.date, fiscalYear) === round
  );
}

/** roundsCountedFor({ date: '2024-12-01', round: 'six-month' }, 2568) → ['six-month', 'annual'] */
export function roundsCountedFor(
  update: RoundedUpdate,
  fiscalYear: number,
): Round[] {
  return ROUNDS.filter((round) => countsForRound(update, fiscalYear, round));
}

/**
 * The `round` an update stores: the round it is handed in late for when the
 * person says so and its date allows it, else the round its date lies in
 * (as always proposed), which never reads as late.
 */
export function roundToStore(
  date: IsoDate,
  fiscalYear: number,
  late: boolean,
): Round {
  const lateRound = late ? lateRoundFor(date, fiscalYear) : null;
  return lateRound ?? roundOf(date);
}
