import { daysBetween } from './fiscal-year';
import type { IsoDate, IsoTimestamp } from './types';

/** After how many days of unexported changes the app reminds to export. */
export const EXPORT_REMINDER_DAYS = 7;

/**
 * Days the data has waited for an export, or null when no reminder is due:
 * exportReminderDays('2025-01-01T08:00:00Z', '2025-01-09') === 8
 */
export function exportReminderDays(
  unexportedSince: IsoTimestamp | undefined,
  today: IsoDate,
): number | null {
  if (!unexportedSince) return null;
  const days = daysBetween(unexportedSince.slice(0, 10), today);
  return days >= EXPORT_REMINDER_DAYS ? days : null;
}
