/**
 * Reading a period cell as offices write it: 'ทั้งปีงบประมาณ', 'ต.ค.๖๗ - ก.ย.๖๘',
 * 'ม.ค.68 ถึง มี.ค.68', 'ธันวาคม ๒๕๖๖', 'ต.ค. – ธ.ค. ๒๕๖๗', 'ไตรมาสที่ ๒',
 * 'October 2024 - September 2025'. Thai years are Buddhist era (two or four
 * digits); a four-digit year below 2400 is taken as Gregorian, and an English
 * month name needs four digits. A side without a year takes it from the other
 * side, else from the report's fiscal year.
 */
import { toArabicDigits } from '../digits';
import { toGregorianYear, yearMonthOf } from '../fiscal-year';
import type { Period } from '../types';
import { ERA_WORDS, gregorianYear, monthName } from './period-words';
import { namesQuarters, readQuarters } from './read-quarter';
import type { QuarterReading } from './read-quarter';

/** A period read, or the message key (under `paste.issues.`) saying why not. */
export type PeriodReading = QuarterReading;

const WHOLE_YEAR = /^(?:ทั้ง|ตลอด)ปี(?:งบประมาณ)?(?:พ\.?ศ\.?)?\d*$/;
const BRACKETED = /\(([^()]+)\)$/;
const RANGE_SEPARATOR = /\s*(?:ถึง|[-–—~])\s*|\s+to\s+/;
// An optional day, the month's letters (dots removed), an optional year.
const MONTH_PART = /^(\d{1,2})?([\u0e01-\u0e4fa-z]+)(\d{2}|\d{4})?$/;

interface MonthPart {
  month: number;
  /** Gregorian year, when the part gave one. */
  year: number | null;
}

function readMonthPart(text: string): MonthPart | null {
  const compact = text.replace(ERA_WORDS, '').replace(/[\s.,]/g, '');
  const match = MONTH_PART.exec(compact);
  const name = match ? monthName(match[2] ?? '') : undefined;
  if (!match || name === undefined) return null;
  const digits = match[3];
  if (name.english && digits?.length === 2) return null;
  return { month: name.month, year: digits ? gregorianYear(digits) : null };
}

/** The year of a month without one: October–December open the fiscal year. */
function yearInFiscalYear(month: number, fiscalYear: number): number {
  const endYear = toGregorianYear(fiscalYear);
  return month >= 10 ? endYear - 1 : endYear;
}

/** readPeriodChecked('ไตรมาส ๕', 2568) → { problem: 'quarterOutOfRange' } */
export function readPeriodChecked(
  cell: string,
  fiscalYear: number | null = null,
): PeriodReading {
  const text = toArabicDigits(cell).toLowerCase().replace(/\s+/g, ' ').trim();
  const compact = text.replace(/\s/g, '');
  if (WHOLE_YEAR.test(compact)) return { period: { kind: 'fiscal-year' } };
  if (namesQuarters(compact)) {
    // 'ไตรมาสที่ 1 (ต.ค. - ธ.ค. 67)': the months written out say more (their years).
    const months = BRACKETED.exec(text)?.[1];
    const written = months ? readPeriodChecked(months, fiscalYear) : null;
    if (written && 'period' in written) return written;
    return readQuarters(compact.replace(/\(.*\)$/, ''), fiscalYear);
  }
  const unreadable = { problem: 'unreadablePeriod' } as const;
  const [first = '', second, ...more] = text.split(RANGE_SEPARATOR);
  if (more.length > 0) return unreadable;
  const from = readMonthPart(first);
  const to = second === undefined ? from : readMonthPart(second);
  if (!from || !to) return unreadable;

  let fromYear = from.year;
  let toYear = to.year;
  if (fromYear === null && toYear !== null) {
    fromYear = from.month > to.month ? toYear - 1 : toYear;
  } else if (toYear === null && fromYear !== null) {
    toYear = to.month < from.month ? fromYear + 1 : fromYear;
  } else if (fromYear === null && fiscalYear !== null) {
    fromYear = yearInFiscalYear(from.month, fiscalYear);
    toYear = yearInFiscalYear(to.month, fiscalYear);
  }
  if (fromYear === null || toYear === null) return unreadable;

  const period: Period = {
    kind: 'months',
    from: yearMonthOf(fromYear, from.month),
    to: yearMonthOf(toYear, to.month),
  };
  return period.from <= period.to
    ? { period }
    : { problem: 'periodEndsBeforeStart' };
}

/** readPeriod('ต.ค.๖๗ - ก.ย.๖๘') → { kind: 'months', from: '2024-10', to: '2025-09' }; null when unreadable */
export function readPeriod(
  cell: string,
  fiscalYear: number | null = null,
): Period | null {
  const reading = readPeriodChecked(cell, fiscalYear);
  return 'period' in reading ? reading.period : null;
}
