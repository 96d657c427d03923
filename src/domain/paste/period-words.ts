/**
 * The words a period cell is written with: month names (Thai full and
 * abbreviated, English full and three-letter) and years in either era.
 */
import { toBuddhistYear, toGregorianYear } from '../fiscal-year';
import {
  ENGLISH_MONTHS,
  THAI_MONTHS_LONG,
  THAI_MONTHS_SHORT,
} from '../thai-date';

export interface MonthName {
  /** 1–12. */
  month: number;
  /** An English name: its year must have four digits (two could be either era). */
  english: boolean;
}

const MONTHS = new Map<string, MonthName>();
THAI_MONTHS_LONG.forEach((name, i) =>
  MONTHS.set(name, { month: i + 1, english: false }),
);
THAI_MONTHS_SHORT.forEach((name, i) =>
  MONTHS.set(name.replace(/\./g, ''), { month: i + 1, english: false }),
);
ENGLISH_MONTHS.forEach((name, i) => {
  MONTHS.set(name, { month: i + 1, english: true });
  MONTHS.set(name.slice(0, 3), { month: i + 1, english: true });
});
MONTHS.set('sept', { month: 9, english: true });

/** monthName('ตค') → October; `word` without dots, English in lower case. */
export function monthName(word: string): MonthName | undefined {
  return MONTHS.get(word);
}

/** gregorianYear('2566') → 2023, '66' → 2023 (2566 BE), '2023' → 2023. */
export function gregorianYear(digits: string): number {
  const value = Number(digits);
  if (digits.length === 2) return toGregorianYear(2500 + value);
  return value >= 2400 ? toGregorianYear(value) : value;
}

/** fiscalYearOfDigits('68') → 2568, '2568' → 2568, '2025' → 2568 (CE). */
export function fiscalYearOfDigits(digits: string): number {
  return toBuddhistYear(gregorianYear(digits));
}

/** Era words a year may carry: they say nothing the digits do not. */
export const ERA_WORDS = /พ\.\s*ศ\.|ค\.\s*ศ\./g;
