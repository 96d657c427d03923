import type { Locator } from '@playwright/test';

/**
 * Dates and months as a Thai officer types them into the app's date and month
 * fields: day/month/Buddhist-era year, and the month's abbreviation with the
 * Buddhist-era year. Test data stays ISO (what the app stores).
 */
const THAI_MONTHS = [
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
];

/** typedDate('2025-02-10') === '10/2/2568' */
export function typedDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}/${month}/${year! + 543}`;
}

/** typedMonth('2024-10') === 'ต.ค. 2567' */
export function typedMonth(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  return `${THAI_MONTHS[month! - 1]} ${year! + 543}`;
}

/**
 * The words a date or month field reads its value back in, beside the input.
 * The input is found by role; this one step goes by document structure.
 */
export function wordsOf(field: Locator): Locator {
  return field.locator('xpath=../following-sibling::p[1]');
}
