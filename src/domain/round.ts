/**
 * Reporting rounds (รอบการรายงาน): the six-month round covers 1 Oct – 31 Mar,
 * the annual round the whole fiscal year, 1 Oct – 30 Sep.
 */
import {
  fiscalYearOf,
  fiscalYearRange,
  isoDateOf,
  toGregorianYear,
} from './fiscal-year';
import type { IsoDate, Round } from './types';

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
