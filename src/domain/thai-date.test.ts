import { afterEach, describe, it, expect } from 'vitest';

import type { DateStyle, DigitStyle, Language } from './thai-date';
import {
  formatTimestamp,
  formatMonth,
  formatDate,
  formatNumber,
  formatYear,
  THAI_MONTHS_LONG,
  THAI_MONTHS_SHORT,
  thaiLocale,
} from './thai-date';

type Style = DateStyle;

describe('thaiLocale', () => {
  it.each<[DigitStyle, string]>([
    ['arabic', 'th-TH-u-ca-buddhist'],
    ['thai', 'th-TH-u-ca-buddhist-nu-thai'],
  ])('%s digits → %s', (digits, locale) => {
    expect(thaiLocale(digits)).toBe(locale);
  });
});

describe('formatDate', () => {
  it.each<[string, Language, DigitStyle, Style, string]>([
    ['2024-10-01', 'th', 'arabic', 'medium', '1 ต.ค. 2567'],
    ['2024-10-01', 'th', 'thai', 'medium', '๑ ต.ค. ๒๕๖๗'],
    ['2024-10-01', 'th', 'arabic', 'long', '1 ตุลาคม 2567'],
    ['2024-10-01', 'th', 'thai', 'short', '๑/๑๐/๖๗'],
    ['2025-09-30', 'th', 'thai', 'long', '๓๐ กันยายน ๒๕๖๘'],
    ['2024-02-29', 'th', 'arabic', 'medium', '29 ก.พ. 2567'],
    ['2024-12-31', 'th', 'arabic', 'medium', '31 ธ.ค. 2567'],
    ['2025-01-01', 'th', 'arabic', 'medium', '1 ม.ค. 2568'],
    ['2024-10-01', 'en', 'arabic', 'medium', '1 Oct 2024'],
    ['2024-10-01', 'en', 'arabic', 'long', '1 October 2024'],
    ['2024-10-01', 'en', 'arabic', 'short', '01/10/2024'],
    ['2024-02-29', 'en', 'thai', 'medium', '๒๙ Feb ๒๐๒๔'],
    ['2026-12-01', 'th', 'arabic', 'full', 'วันอังคารที่ 1 ธันวาคม พ.ศ. 2569'],
    ['2026-12-01', 'th', 'thai', 'full', 'วันอังคารที่ ๑ ธันวาคม พ.ศ. ๒๕๖๙'],
    ['2026-12-01', 'en', 'arabic', 'full', 'Tuesday, 1 December 2026'],
    ['2026-12-01', 'th', 'arabic', 'numeric', '1/12/2569'],
    ['2026-12-01', 'th', 'thai', 'numeric', '๑/๑๒/๒๕๖๙'],
    ['2026-12-01', 'en', 'arabic', 'numeric', '01/12/2026'],
  ])('%s in %s with %s digits (%s) → %s', (date, lang, digits, style, out) => {
    expect(formatDate(date, lang, digits, style)).toBe(out);
  });

  it('defaults to the medium style', () => {
    expect(formatDate('2024-10-01', 'th', 'arabic')).toBe('1 ต.ค. 2567');
  });

  it('throws on a malformed date', () => {
    expect(() => formatDate('2024-02-30', 'th', 'arabic')).toThrow();
  });

  describe('does not depend on the machine time zone', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      process.env.TZ = saved;
    });

    it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Bangkok'])(
      '%s',
      (zone) => {
        process.env.TZ = zone;
        expect(formatDate('2024-10-01', 'th', 'arabic')).toBe('1 ต.ค. 2567');
        expect(formatDate('2025-09-30', 'en', 'arabic')).toBe('30 Sept 2025');
      },
    );
  });
});

describe('formatYear', () => {
  it.each<[number, Language, DigitStyle, string]>([
    [2026, 'th', 'arabic', '2569'],
    [2026, 'th', 'thai', '๒๕๖๙'],
    [2026, 'en', 'arabic', '2026'],
    [2026, 'en', 'thai', '๒๐๒๖'],
    [1483, 'th', 'arabic', '2026'],
  ])('%d in %s with %s digits → %s', (year, lang, digits, out) => {
    expect(formatYear(year, lang, digits)).toBe(out);
  });
});

describe('formatNumber', () => {
  it.each<
    [number, Language, DigitStyle, Intl.NumberFormatOptions | undefined, string]
  >([
    [1234.5, 'th', 'thai', undefined, '๑,๒๓๔.๕'],
    [1234.5, 'th', 'arabic', undefined, '1,234.5'],
    [1234.5, 'en', 'arabic', undefined, '1,234.5'],
    [-1234.5, 'en', 'thai', undefined, '-๑,๒๓๔.๕'],
    [96.7345, 'th', 'thai', { maximumFractionDigits: 2 }, '๙๖.๗๓'],
    [0.5, 'th', 'thai', { style: 'percent' }, '๕๐%'],
    [2568, 'th', 'thai', { useGrouping: false }, '๒๕๖๘'],
  ])('%d in %s with %s digits → %s', (n, lang, digits, options, out) => {
    expect(formatNumber(n, lang, digits, options)).toBe(out);
  });
});

describe('Thai month names agree with Intl', () => {
  const intlMonth = (month: 'short' | 'long', index: number) => {
    const date = new Date(0);
    date.setUTCFullYear(2024, index, 1);
    return new Intl.DateTimeFormat('th-TH-u-ca-buddhist', {
      month,
      timeZone: 'UTC',
    }).format(date);
  };
  const indexes = Array.from({ length: 12 }, (_, i) => i);

  it.each(indexes)('month %i', (i) => {
    expect(THAI_MONTHS_SHORT[i]).toBe(intlMonth('short', i));
    expect(THAI_MONTHS_LONG[i]).toBe(intlMonth('long', i));
  });

  it('lists the official abbreviations in order', () => {
    expect(THAI_MONTHS_SHORT.join(' ')).toBe(
      'ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.',
    );
    expect(THAI_MONTHS_LONG).toHaveLength(12);
    expect(Object.isFrozen(THAI_MONTHS_SHORT)).toBe(true);
  });
});

describe('formatMonth', () => {
  it.each([
    ['2024-10', 'en', 'arabic', 'short', 'Oct 2024'],
    ['2023-12', 'en', 'arabic', 'long', 'December 2023'],
    ['2024-10', 'th', 'arabic', 'short', 'ต.ค. 2567'],
    ['2023-12', 'th', 'thai', 'long', 'ธันวาคม ๒๕๖๖'],
  ] as const)(
    'formatMonth(%s, %s, %s, %s) === %s',
    (ym, language, digits, month, expected) => {
      expect(formatMonth(ym, language, digits, month)).toBe(expected);
    },
  );
});

describe('formatTimestamp', () => {
  it.each([
    ['th', 'arabic', '15 ม.ค. 2568 10:04'],
    ['th', 'thai', '๑๕ ม.ค. ๒๕๖๘ ๑๐:๐๔'],
    ['en', 'arabic', '15 Jan 2025, 10:04'],
  ] as const)(
    'shows a timestamp in %s with %s digits in local time',
    (language, digits, expected) => {
      expect(
        formatTimestamp(
          '2025-01-15T03:04:00Z',
          language,
          digits,
          'Asia/Bangkok',
        ),
      ).toBe(expected);
    },
  );
});
