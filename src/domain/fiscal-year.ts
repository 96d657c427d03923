/**
 * Thai government fiscal year: 1 Oct – 30 Sep, named by the Buddhist-era year
 * in which it ends. Dates are ISO strings parsed by hand, never `Date`
 * objects, so no time zone can move a day across a boundary.
 */
import type { IsoDate, YearMonth } from './types';

/** The Buddhist era is 543 years ahead of the common era. */
const BE_OFFSET = 543;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** toBuddhistYear(2024) === 2567 */
export function toBuddhistYear(gregorianYear: number): number {
  return gregorianYear + BE_OFFSET;
}

/** toGregorianYear(2568) === 2025 */
export function toGregorianYear(buddhistYear: number): number {
  return buddhistYear - BE_OFFSET;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** lastDayOfMonth(2024, 2) === 29 */
export function lastDayOfMonth(year: number, month1to12: number): number {
  if (month1to12 === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month1to12) ? 30 : 31;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** isoDateOf(2024, 10, 1) === '2024-10-01' */
export function isoDateOf(
  year: number,
  month1to12: number,
  day: number,
): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month1to12)}-${pad2(day)}`;
}

/** parseIsoDate('2024-10-01') → { year: 2024, month: 10, day: 1 }; throws on a malformed or impossible date. */
export function parseIsoDate(date: IsoDate): {
  year: number;
  month: number;
  day: number;
} {
  const match = ISO_DATE.exec(date);
  const [year, month, day] = (match?.slice(1) ?? []).map(Number);
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > lastDayOfMonth(year, month)
  ) {
    throw new RangeError(`Not an ISO date: ${date}`);
  }
  return { year, month, day };
}

/** isIsoDate('2024-02-30') === false */
export function isIsoDate(text: string): boolean {
  try {
    parseIsoDate(text);
    return true;
  } catch {
    return false;
  }
}

/** daysBetween('2025-09-30', '2025-10-02') === 2 (negative when `to` is earlier) */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const utc = (date: IsoDate) => {
    const { year, month, day } = parseIsoDate(date);
    // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 19xx.
    return new Date(0).setUTCFullYear(year, month - 1, day);
  };
  return Math.round((utc(to) - utc(from)) / MS_PER_DAY);
}

/** fiscalYearOf('2024-10-01') === 2568; fiscalYearOf('2024-09-30') === 2567 */
export function fiscalYearOf(date: IsoDate): number {
  const { year, month } = parseIsoDate(date);
  const endsInCE = month >= 10 ? year + 1 : year; // October starts the next one
  return toBuddhistYear(endsInCE);
}

/** fiscalYearRange(2568) → { start: '2024-10-01', end: '2025-09-30' } */
export function fiscalYearRange(fiscalYear: number): {
  start: IsoDate;
  end: IsoDate;
} {
  const endYear = toGregorianYear(fiscalYear);
  return {
    start: isoDateOf(endYear - 1, 10, 1),
    end: isoDateOf(endYear, 9, 30),
  };
}

/** yearMonthOf(2024, 10) === '2024-10' */
export function yearMonthOf(year: number, month1to12: number): YearMonth {
  return `${String(year).padStart(4, '0')}-${pad2(month1to12)}`;
}

/** fiscalYearMonths(2568) → ['2024-10', '2024-11', …, '2025-09'] */
export function fiscalYearMonths(fiscalYear: number): YearMonth[] {
  const startYear = toGregorianYear(fiscalYear) - 1;
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((9 + i) % 12) + 1; // Oct (10) first, wrapping to Jan
    return yearMonthOf(month >= 10 ? startYear : startYear + 1, month);
  });
}
