import { describe, expect, it } from 'vitest';

import { officialDate } from './official-date';

describe('officialDate', () => {
  it('writes the day, the month in full and the Buddhist era, in the digits chosen', () => {
    expect(officialDate('2024-10-01', 'th', 'thai')).toBe('๑ ตุลาคม พ.ศ. ๒๕๖๗');
    expect(officialDate('2025-03-31', 'th', 'arabic')).toBe(
      '31 มีนาคม พ.ศ. 2568',
    );
  });

  it('writes the Gregorian date in English', () => {
    expect(officialDate('2024-10-01', 'en', 'arabic')).toBe('1 October 2024');
  });
});
