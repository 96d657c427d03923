/**
 * Fiscal quarters as offices write them: 'ไตรมาส ๑', 'ไตรมาสที่ 2/2568',
 * 'ไตรมาส ๑–๒ ปีงบประมาณ ๒๕๖๘'. Quarter 1 is October–December, the first
 * three months of the fiscal year; without a year in the cell the quarter is
 * placed in the report's fiscal year.
 */
import { toGregorianYear, yearMonthOf } from '../fiscal-year';
import type { Period } from '../types';
import { fiscalYearOfDigits } from './period-words';

/** What a cell that names quarters gives: a period, or why it cannot. */
export type QuarterReading =
  | { period: Period }
  | {
      problem:
        'quarterOutOfRange' | 'periodEndsBeforeStart' | 'unreadablePeriod';
    };

const QUARTER_WORD = /^ไตรมาส/;
// On text without spaces, dots of พ.ศ. removed: quarter, an optional second
// quarter after a range word, then an optional year after '/' or 'ปี…'.
const QUARTERS =
  /^ไตรมาส(?:ที่)?(\d{1,2})(?:(?:ถึง|[-–—~])(?:ไตรมาส(?:ที่)?)?(\d{1,2}))?(?:(?:\/|ปี(?:งบประมาณ)?(?:พศ)?)(\d{2}|\d{4}))?$/;

/** The first month of a quarter of a fiscal year, as a YearMonth. */
function quarterStart(quarter: number, fiscalYear: number) {
  const month = 10 + 3 * (quarter - 1); // 10, 13, 16, 19
  const year = toGregorianYear(fiscalYear) - 1 + (month > 12 ? 1 : 0);
  return yearMonthOf(year, month > 12 ? month - 12 : month);
}

function quarterEnd(quarter: number, fiscalYear: number) {
  const month = 12 + 3 * (quarter - 1); // 12, 15, 18, 21
  const year = toGregorianYear(fiscalYear) - 1 + (month > 12 ? 1 : 0);
  return yearMonthOf(year, month > 12 ? month - 12 : month);
}

/** Whether the cell speaks of quarters at all (then only readQuarters reads it). */
export function namesQuarters(compact: string): boolean {
  return QUARTER_WORD.test(compact);
}

/** readQuarters('ไตรมาส2', 2568) → { period: 2025-01 to 2025-03 }; `compact` has no spaces and Arabic digits */
export function readQuarters(
  compact: string,
  fiscalYear: number | null,
): QuarterReading {
  const match = QUARTERS.exec(compact.replace(/\./g, ''));
  if (!match) return { problem: 'unreadablePeriod' };
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  if ([first, last].some((q) => q < 1 || q > 4)) {
    return { problem: 'quarterOutOfRange' };
  }
  if (last < first) return { problem: 'periodEndsBeforeStart' };
  const year = match[3] ? fiscalYearOfDigits(match[3]) : fiscalYear;
  if (year === null) return { problem: 'unreadablePeriod' };
  return {
    period: {
      kind: 'months',
      from: quarterStart(first, year),
      to: quarterEnd(last, year),
    },
  };
}
