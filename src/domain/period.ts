/**
 * A measure's period (ระยะเวลาดำเนินการ): the whole fiscal year or a month
 * range, labelled as the official report writes it (`ต.ค.๖๗ - ก.ย.๖๘`).
 * The label is not a date format, so it is built from the month names and
 * the Buddhist-era year rather than through Intl; a test checks it agrees.
 */
import { toThaiDigits } from './digits';
import {
  fiscalYearRange,
  isoDateOf,
  lastDayOfMonth,
  toBuddhistYear,
  toGregorianYear,
  yearMonthOf,
} from './fiscal-year';
import type { DigitStyle } from './thai-date';
import { THAI_MONTHS_LONG, THAI_MONTHS_SHORT } from './thai-date';
import type { IsoDate, Period, YearMonth } from './types';

/** `YYYY-MM`, a Gregorian month; the bundle schema carries the same pattern. */
export const YEAR_MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The official report's words for a whole-year period. */
export const WHOLE_FISCAL_YEAR_LABEL = 'ทั้งปีงบประมาณ';

/** parseYearMonth('2024-10') → { year: 2024, month: 10 }; throws when malformed. */
export function parseYearMonth(value: YearMonth): {
  year: number;
  month: number;
} {
  const match = YEAR_MONTH_PATTERN.exec(value);
  if (!match) throw new RangeError(`Not a year and month: ${value}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** isYearMonth('2024-13') === false */
export function isYearMonth(value: string): boolean {
  return YEAR_MONTH_PATTERN.test(value);
}

function digitsOf(text: string, digits: DigitStyle): string {
  return digits === 'thai' ? toThaiDigits(text) : text;
}

/** 'ธันวาคม ๒๕๖๖': full month name and full Buddhist-era year. */
function longMonth(value: YearMonth, digits: DigitStyle): string {
  const { year, month } = parseYearMonth(value);
  const be = String(toBuddhistYear(year));
  return `${THAI_MONTHS_LONG[month - 1]} ${digitsOf(be, digits)}`;
}

/** 'ต.ค.๖๗': abbreviated month and two-digit Buddhist-era year, no space. */
function shortMonth(value: YearMonth, digits: DigitStyle): string {
  const { year, month } = parseYearMonth(value);
  const be = String(toBuddhistYear(year) % 100).padStart(2, '0');
  return `${THAI_MONTHS_SHORT[month - 1]}${digitsOf(be, digits)}`;
}

/** periodLabel({ kind: 'months', from: '2024-10', to: '2025-09' }, 2568, 'thai') === 'ต.ค.๖๗ - ก.ย.๖๘' */
export function periodLabel(
  period: Period,
  _fiscalYear: number,
  digits: DigitStyle,
): string {
  if (period.kind === 'fiscal-year') return WHOLE_FISCAL_YEAR_LABEL;
  if (period.from === period.to) return longMonth(period.from, digits);
  // A range equal to the fiscal year keeps its range label: the fixture has
  // both forms, and the report shows what the office chose.
  return `${shortMonth(period.from, digits)} - ${shortMonth(period.to, digits)}`;
}

/** periodRange({ kind: 'months', from: '2023-12', to: '2023-12' }, 2567) → { start: '2023-12-01', end: '2023-12-31' } */
export function periodRange(
  period: Period,
  fiscalYear: number,
): { start: IsoDate; end: IsoDate } {
  if (period.kind === 'fiscal-year') return fiscalYearRange(fiscalYear);
  const from = parseYearMonth(period.from);
  const to = parseYearMonth(period.to);
  return {
    start: isoDateOf(from.year, from.month, 1),
    end: isoDateOf(to.year, to.month, lastDayOfMonth(to.year, to.month)),
  };
}

/** isPeriodValid({ kind: 'months', from: '2025-09', to: '2024-10' }) === false */
export function isPeriodValid(period: Period): boolean {
  if (period.kind === 'fiscal-year') return true;
  // Zero-padded YYYY-MM values compare correctly as strings.
  return (
    isYearMonth(period.from) &&
    isYearMonth(period.to) &&
    period.from <= period.to
  );
}

/** fiscalYearPeriod(2568) → { kind: 'months', from: '2024-10', to: '2025-09' } */
export function fiscalYearPeriod(fiscalYear: number): Period {
  const endYear = toGregorianYear(fiscalYear);
  return {
    kind: 'months',
    from: yearMonthOf(endYear - 1, 10),
    to: yearMonthOf(endYear, 9),
  };
}

/** shiftPeriod({ kind: 'months', from: '2024-10', to: '2025-03' }, 1) → from '2025-10', to '2026-03' */
export function shiftPeriod(period: Period, years: number): Period {
  if (period.kind === 'fiscal-year') return { kind: 'fiscal-year' };
  const shift = (value: YearMonth) => {
    const { year, month } = parseYearMonth(value);
    return yearMonthOf(year + years, month);
  };
  return { kind: 'months', from: shift(period.from), to: shift(period.to) };
}
