/**
 * Showing dates and numbers. Thai dates are Buddhist-era through Intl's
 * `buddhist` calendar, never by adding 543 to a Gregorian year (DESIGN.md).
 * English readers expect the common era, so English dates are Gregorian.
 * Dates are formatted in UTC from their ISO parts so no time zone shifts a day.
 */
import { parseIsoDate } from './fiscal-year';
import type { IsoDate, YearMonth } from './types';

export type DigitStyle = 'arabic' | 'thai';
export type Language = 'th' | 'en';

/** thaiLocale('thai') === 'th-TH-u-ca-buddhist-nu-thai' */
export function thaiLocale(digits: DigitStyle): string {
  return digits === 'thai'
    ? 'th-TH-u-ca-buddhist-nu-thai'
    : 'th-TH-u-ca-buddhist';
}

// The digit choice is honoured in English too: it is the user's explicit setting.
function englishLocale(digits: DigitStyle): string {
  return digits === 'thai'
    ? 'en-GB-u-ca-gregory-nu-thai'
    : 'en-GB-u-ca-gregory';
}

/** localeOf('en', 'arabic') === 'en-GB-u-ca-gregory': the Intl locale of a language and digits. */
export function localeOf(language: Language, digits: DigitStyle): string {
  return language === 'th' ? thaiLocale(digits) : englishLocale(digits);
}

// Making an Intl formatter costs far more than formatting with it (a list of
// measures formats dozens of dates and numbers): one per locale and options.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `d ${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions | undefined,
): Intl.NumberFormat {
  const key = `n ${locale} ${JSON.stringify(options ?? {})}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** How a date is written: Intl's date styles, and 'numeric' (1/12/2569) for typing. */
export type DateStyle = 'full' | 'long' | 'medium' | 'short' | 'numeric';

/** formatDate('2024-10-01', 'th', 'thai') === '๑ ต.ค. ๒๕๖๗'; in 'en': '1 Oct 2024' */
export function formatDate(
  date: IsoDate,
  language: Language,
  digits: DigitStyle,
  style: DateStyle = 'medium',
): string {
  const { year, month, day } = parseIsoDate(date);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return dateTimeFormat(
    localeOf(language, digits),
    style === 'numeric'
      ? { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }
      : { dateStyle: style, timeZone: 'UTC' },
  ).format(utc);
}

/** formatYear(2026, 'th', 'thai') === '๒๕๖๙' (the year alone, in the language's era); 'en': '2026' */
export function formatYear(
  gregorianYear: number,
  language: Language,
  digits: DigitStyle,
): string {
  const utc = new Date(0);
  utc.setUTCFullYear(gregorianYear, 6, 1); // mid-year: no era boundary near
  const parts = dateTimeFormat(localeOf(language, digits), {
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(utc);
  return parts.find((part) => part.type === 'year')?.value ?? '';
}

/** formatNumber(1234.5, 'th', 'thai') === '๑,๒๓๔.๕' */
export function formatNumber(
  n: number,
  language: Language,
  digits: DigitStyle,
  options?: Intl.NumberFormatOptions,
): string {
  return numberFormat(localeOf(language, digits), options).format(n);
}

/** THAI_MONTHS_SHORT[9] === 'ต.ค.'; the official abbreviations, January first. */
export const THAI_MONTHS_SHORT: readonly string[] = Object.freeze([
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
]);

/** THAI_MONTHS_LONG[11] === 'ธันวาคม'; January first. */
export const THAI_MONTHS_LONG: readonly string[] = Object.freeze([
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
]);

/** ENGLISH_MONTHS[0] === 'january'; lower case, as typed words are read. */
export const ENGLISH_MONTHS: readonly string[] = Object.freeze([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** formatMonth('2024-10', 'en', 'arabic', 'short') === 'Oct 2024' (Thai: 'ต.ค. 2567') */
export function formatMonth(
  yearMonth: YearMonth,
  language: Language,
  digits: DigitStyle,
  month: 'short' | 'long' = 'short',
): string {
  const { year, month: m } = parseIsoDate(`${yearMonth}-01`);
  const utc = new Date(0);
  utc.setUTCFullYear(year, m - 1, 1);
  return dateTimeFormat(localeOf(language, digits), {
    year: 'numeric',
    month,
    timeZone: 'UTC',
  }).format(utc);
}

/** formatTimestamp('2025-01-15T03:04:00Z', 'th', 'arabic', 'Asia/Bangkok') === '15 ม.ค. 2568 10:04' */
export function formatTimestamp(
  timestamp: string,
  language: Language,
  digits: DigitStyle,
  timeZone?: string,
): string {
  return new Intl.DateTimeFormat(localeOf(language, digits), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(timestamp));
}
