import { describe, expect, it } from 'vitest';

import { exportReminderDays } from './export-reminder';

describe('exportReminderDays', () => {
  it.each([
    [undefined, '2025-01-20', null],
    ['2025-01-01T08:00:00.000Z', '2025-01-07', null],
    ['2025-01-01T08:00:00.000Z', '2025-01-08', 7],
    ['2024-12-30T23:00:00.000Z', '2025-01-09', 10],
  ])('changed since %s, today %s → %s', (since, today, expected) => {
    expect(exportReminderDays(since, today)).toBe(expected);
  });
});
