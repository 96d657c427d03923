import type { Page } from '@playwright/test';

/**
 * "Today" for every test whose statuses depend on the date: mid FY2568
 * (Oct 2024 – Sep 2025), inside the 6-month round. The app reads the date
 * from the browser clock, so it is fixed before the first page load.
 */
export const TODAY = new Date('2025-02-15T10:00:00+07:00');

/** Fixes the browser clock at TODAY; timers keep running. Call before `page.goto`. */
export async function fixToday(page: Page): Promise<void> {
  await page.clock.setFixedTime(TODAY);
}
