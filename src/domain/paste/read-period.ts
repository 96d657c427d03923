/**
 * Reading a period cell as offices write it: 'ทั้งปีงบประมาณ', 'ต.ค.๖๗ - ก.ย.๖๘',
 * 'ม.ค.68 ถึง มี.ค.68', 'ธันวาคม ๒๕๖๖', 'ต.ค. – ธ.ค. ๒๕๖๗'. Years are Buddhist
 * era (two or four digits); a four-digit year below 2400 is taken as Gregorian.
 * A side without a year takes it from the other side, else from the report's
 * fiscal year.
 */
import { toArabicDigits } from '../digits';
import { toGregorianYear, yearMonthOf } from '../fiscal-year';
import { THAI_MONTHS_LONG, THAI_MONTHS_SHORT } from '../thai-date';
import type { Period } from '../types';

const WHOLE_YEAR = /^(?:ทั้ง|ตลอด)ปี(?:งบประมาณ)?(?:พ\.?ศ\.?)?\d*$/;
const RANGE_SEPARATOR = /\s*(?:ถึง|[-–—~])\s*/;
// An optional day, the month's letters (dots removed), an optional year.
const MONTH_PART = /^(\d{1,2})?([\u0e01-\u0e4f]+)(\d{2}|\d{4})?$/;

const MONTHS = new Map<string, number>();
THAI_MONTHS_LONG.forEach((name, i) => MONTHS.set(name, i + 1));
THAI_MONTHS_SHORT.forEach((name, i) =>
  MONTHS.set(name.replace(/\./g, ''), i + 1),
);

interface MonthPart {
  month: number;
  /** Gregorian year, when the part gave one. */
  year: number | null;
}

/** '2566' → 2023, '66' → 2023 (2566 BE), '2023' → 2023. */
function gregorianYear(digits: string): number {
  const value = Number(digits);
  if (digits.length === 2) return toGregorianYear(2500 + value);
  return value >= 2400 ? toGregorianYear(value) : value;
}

function readMonthPart(text: string): MonthPart | null {
  const compact = text.replace(/พ\.\s*ศ\./g, '').replace(/[\s.]/g, '');
  const match = MONTH_PART.exec(compact);
  const month = match ? MONTHS.get(match[2] ?? '') : undefined;
  if (!match || month === undefined) return null;
  return { month, year: match[3] ? gregorianYear(match[3]) : null };
}

/** The year of a month without one: October–December open the fiscal year. */
function yearInFiscalYear(month: number, fiscalYear: number): number {
  const endYear = toGregorianYear(fiscalYear);
  return month >= 10 ? endYear - 1 : endYear;
}

/** readPeriod('ต.ค.๖๗ - ก.ย.๖๘') → { kind: 'months', from: '2024-10', to: '2025-09' }; null when unreadable */
export function readPeriod(
  cell: string,
  fiscalYear: number | null = null,
): Period | null {
  const text = toArabicDigits(cell).replace(/\s+/g, ' ').trim();
  if (WHOLE_YEAR.test(text.replace(/\s/g, ''))) return { kind: 'fiscal-year' };
  const [first = '', second, ...more] = text.split(RANGE_SEPARATOR);
  if (more.length > 0) return null;
  const from = readMonthPart(first);
  const to = second === undefined ? from : readMonthPart(second);
  if (!from || !to) return null;

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
  if (fromYear === null || toYear === null) return null;

  const period: Period = {
    kind: 'months',
    from: yearMonthOf(fromYear, from.month),
    to: yearMonthOf(toYear, to.month),
  };
  return period.from <= period.to ? period : null;
}
