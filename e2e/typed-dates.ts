import type { Locator } from '@playwright/test';

import { parseIsoDate, toBuddhistYear } from '../src/domain/fiscal-year';
import { THAI_MONTHS_SHORT } from '../src/domain/thai-date';

/**
 * Dates and months as a Thai officer types them into the app's date and month
 * fields: day/month/Buddhist-era year, and the month's abbreviation with the
 * Buddhist-era year. Test data stays ISO (what the app stores).
 */

/** typedDate('2025-02-10') === '10/2/2568' */
export function typedDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${day}/${month}/${toBuddhistYear(year)}`;
}

/** typedMonth('2024-10') === 'ต.ค. 2567' */
export function typedMonth(yearMonth: string): string {
  const { year, month } = parseIsoDate(`${yearMonth}-01`);
  return `${THAI_MONTHS_SHORT[month - 1]} ${toBuddhistYear(year)}`;
}

/**
 * The words a date or month field reads its value back in, beside the input.
 * The input is found by role; this one step goes by document structure.
 */
export function wordsOf(field: Locator): Locator {
  return field.locator('xpath=../following-sibling::p[1]');
}
