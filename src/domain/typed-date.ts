/**
 * Dates and months as people type them (DESIGN.md, "Dates as people type
 * them"): day, month and year in that order, the month as a number, a name or
 * an abbreviation with or without dots, the year of two or four digits, Thai or
 * Arabic digits. The Thai screen reads years in the Buddhist era, the English
 * one in the common era, unless the text names its era (พ.ศ., ค.ศ., BE, AD).
 * A year typed in the other era is read as typed, not guessed at: the date
 * then lands centuries away, and the form's fiscal-year check says so.
 */
import {
  lastDayOfMonth,
  isoDateOf,
  toGregorianYear,
  yearMonthOf,
} from './fiscal-year';
import type { Language } from './thai-date';
import { wordsOf, type Era, type Word } from './typed-date-words';
import type { IsoDate, YearMonth } from './types';

export type { Era } from './typed-date-words';

export interface TypedDateOptions {
  era: Era;
  /** Gives the year to a date typed without one: October–December open the fiscal year. */
  fiscalYear?: number;
}

export type TypedDate =
  | { ok: true; date: IsoDate }
  | { ok: false; reason: 'empty' | 'unreadable' | 'no-such-day' };

export type TypedMonth =
  | { ok: true; month: YearMonth }
  | { ok: false; reason: 'empty' | 'unreadable' };

const UNREADABLE = { ok: false, reason: 'unreadable' } as const;
const EMPTY = { ok: false, reason: 'empty' } as const;

/** eraOf('th') === 'buddhist': the era a screen's language reads years in. */
export function eraOf(language: Language): Era {
  return language === 'th' ? 'buddhist' : 'gregorian';
}

interface Parts {
  numbers: string[];
  month: number | null;
  era: Era | null;
}

function partsOf(words: Word[]): Parts | null {
  const numbers: string[] = [];
  const months: number[] = [];
  const eras: Era[] = [];
  for (const word of words) {
    if (word.kind === 'number') numbers.push(word.digits);
    else if (word.kind === 'month') months.push(word.month);
    else eras.push(word.era);
  }
  if (months.length > 1 || eras.length > 1) return null;
  return { numbers, month: months[0] ?? null, era: eras[0] ?? null };
}

/** The Gregorian year of typed digits; null when they cannot be a year. */
function gregorianYear(digits: string, era: Era): number | null {
  if (digits.length !== 2 && digits.length !== 4) return null;
  const value = Number(digits);
  // Two digits: BE 2500–2599 (CE 1957–2056), or CE 2000–2099.
  const full =
    digits.length === 4 ? value : value + (era === 'buddhist' ? 2500 : 2000);
  const year = era === 'buddhist' ? toGregorianYear(full) : full;
  return year >= 1 ? year : null;
}

function yearOf(
  digits: string | undefined,
  month: number,
  era: Era,
  fiscalYear: number | undefined,
): number | null {
  if (digits !== undefined) return gregorianYear(digits, era);
  if (fiscalYear === undefined) return null;
  const endYear = toGregorianYear(fiscalYear);
  return month >= 10 ? endYear - 1 : endYear;
}

/** A day or a month number: one or two digits. */
function small(digits: string | undefined): number | null {
  return digits !== undefined && digits.length <= 2 ? Number(digits) : null;
}

/** Day, month and year digits, in the order the text gives them. */
function dateParts(
  parts: Parts,
): { day: string; month: string | number; year?: string } | null {
  const [first, second, third, ...more] = parts.numbers;
  if (first === undefined || more.length > 0) return null;
  if (parts.month !== null) {
    if (third !== undefined) return null;
    // 1 ธ.ค. 2569, December 1, 2026; a leading four digits is the year.
    if (second !== undefined && first.length === 4) {
      return { day: second, month: parts.month, year: first };
    }
    return { day: first, month: parts.month, year: second };
  }
  if (second === undefined) return null;
  if (third === undefined) return { day: first, month: second };
  // 2569-12-01 is year first; anything else is day first.
  return first.length === 4
    ? { day: third, month: second, year: first }
    : { day: first, month: second, year: third };
}

/** readTypedDate('1 ธ.ค. 69', { era: 'buddhist' }) → { ok: true, date: '2026-12-01' } */
export function readTypedDate(
  text: string,
  options: TypedDateOptions,
): TypedDate {
  if (text.trim() === '') return EMPTY;
  const words = wordsOf(text);
  const parts = words && partsOf(words);
  const typed = parts && dateParts(parts);
  if (!parts || !typed) return UNREADABLE;
  const era = parts.era ?? options.era;
  const day = small(typed.day);
  const month =
    typeof typed.month === 'number' ? typed.month : small(typed.month);
  if (day === null || month === null || month < 1 || month > 12)
    return UNREADABLE;
  const year = yearOf(typed.year, month, era, options.fiscalYear);
  if (year === null || year > 9999 || day < 1 || day > 31) return UNREADABLE;
  if (day > lastDayOfMonth(year, month))
    return { ok: false, reason: 'no-such-day' };
  return { ok: true, date: isoDateOf(year, month, day) };
}

/** readTypedMonth('ธ.ค. 69', { era: 'buddhist' }) → { ok: true, month: '2026-12' } */
export function readTypedMonth(
  text: string,
  options: TypedDateOptions,
): TypedMonth {
  if (text.trim() === '') return EMPTY;
  const words = wordsOf(text);
  const parts = words && partsOf(words);
  if (!parts) return UNREADABLE;
  const [first, second, ...more] = parts.numbers;
  let month: number | null;
  let yearDigits: string | undefined;
  if (parts.month !== null && second === undefined) {
    month = parts.month;
    yearDigits = first;
  } else if (
    parts.month === null &&
    second !== undefined &&
    more.length === 0
  ) {
    // 2569-12 is year first; 12/2569 month first.
    const yearFirst = first !== undefined && first.length === 4;
    month = small(yearFirst ? second : first);
    yearDigits = yearFirst ? first : second;
  } else {
    // A whole date typed into a month field (1 ต.ค. 2569) gives its month.
    const date = readTypedDate(text, options);
    return date.ok ? { ok: true, month: date.date.slice(0, 7) } : UNREADABLE;
  }
  if (month === null || month < 1 || month > 12) return UNREADABLE;
  const year = yearOf(
    yearDigits,
    month,
    parts.era ?? options.era,
    options.fiscalYear,
  );
  if (year === null || year > 9999) return UNREADABLE;
  return { ok: true, month: yearMonthOf(year, month) };
}
