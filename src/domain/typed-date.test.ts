import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isoDateOf, lastDayOfMonth, yearMonthOf } from './fiscal-year';
import type { DigitStyle, Language } from './thai-date';
import { formatDate, formatMonth } from './thai-date';
import {
  eraOf,
  readTypedDate,
  readTypedMonth,
  type Era,
  type TypedDateOptions,
} from './typed-date';

const BE: TypedDateOptions = { era: 'buddhist' };
const CE: TypedDateOptions = { era: 'gregorian' };

describe('readTypedDate in the Buddhist era', () => {
  it.each([
    ['1/12/2569', '2026-12-01'],
    ['01/12/2569', '2026-12-01'],
    ['๑/๑๒/๒๕๖๙', '2026-12-01'],
    ['1-12-2569', '2026-12-01'],
    ['1.12.2569', '2026-12-01'],
    ['1 12 2569', '2026-12-01'],
    ['1/12/69', '2026-12-01'],
    ['1 ธ.ค. 69', '2026-12-01'],
    ['1 ธ.ค.69', '2026-12-01'],
    ['1ธ.ค.69', '2026-12-01'],
    ['1 ธค 69', '2026-12-01'],
    ['1 ธ.ค 2569', '2026-12-01'],
    ['1 ธ. ค. 2569', '2026-12-01'],
    ['๑ ธ.ค. ๖๙', '2026-12-01'],
    ['1 ธันวาคม 2569', '2026-12-01'],
    ['1 ธันวา 69', '2026-12-01'],
    ['1 ธันวาคม พ.ศ. 2569', '2026-12-01'],
    ['วันที่ 1 ธันวาคม พ.ศ. 2569', '2026-12-01'],
    ['วันอังคารที่ 1 ธันวาคม พ.ศ. 2569', '2026-12-01'],
    ['วันอังคารที่ ๑ ธันวาคม พ.ศ. ๒๕๖๙', '2026-12-01'],
    ['  1 / 12 / 2569  ', '2026-12-01'],
    ['2569-12-01', '2026-12-01'],
    ['29/2/2567', '2024-02-29'],
    ['30 ก.ย. 68', '2025-09-30'],
    ['15 มีนาคม 2568', '2025-03-15'],
    ['15 มี.ค. 68', '2025-03-15'],
    ['15 มีนา 68', '2025-03-15'],
    ['3 พ.ค. 68', '2025-05-03'],
    ['3 พฤษภาคม 2568', '2025-05-03'],
    ['3 พ.ย. 67', '2024-11-03'],
    ['3 พฤศจิกายน 2567', '2024-11-03'],
    ['10 ก.พ. 2568', '2025-02-10'],
    ['10 กุมภาพันธ์ 2568', '2025-02-10'],
    ['10 กุมภา 2568', '2025-02-10'],
    ['4 มิ.ย. 68', '2025-06-04'],
    ['4 มิถุนายน 2568', '2025-06-04'],
    ['4 เม.ย. 68', '2025-04-04'],
    ['4 เมษายน 2568', '2025-04-04'],
    ['1 ม.ค. 68', '2025-01-01'],
    ['1 มกราคม 2568', '2025-01-01'],
    // An era said in the text wins over the field's.
    ['1 ธ.ค. ค.ศ. 2026', '2026-12-01'],
    ['1/12/2026 AD', '2026-12-01'],
    // A year typed as CE is read as BE: the fiscal-year check questions it.
    ['1/12/2026', '1483-12-01'],
  ])('%j → %s', (text, date) => {
    expect(readTypedDate(text, BE)).toEqual({ ok: true, date });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['ธันวาคม', 'unreadable'],
    ['1/12', 'unreadable'], // no year and no fiscal year to take it from
    ['1/12/569', 'unreadable'],
    ['1/12/25691', 'unreadable'],
    ['1/13/2569', 'unreadable'],
    ['0/12/2569', 'unreadable'],
    ['32/12/2569', 'unreadable'],
    ['1/12/2569/4', 'unreadable'],
    ['1 ธ.ค. ม.ค. 2569', 'unreadable'],
    ['1 ธ.ค. 12 2569', 'unreadable'],
    ['1 ธันวาคม 2569 พ.ศ. ค.ศ.', 'unreadable'],
    ['1 หนึ่ง 2569', 'unreadable'],
    ['1#12#2569', 'unreadable'],
    ['yesterday', 'unreadable'],
    ['0001/1/1', 'unreadable'], // BE 1 is before the common era began
    ['31/9/2568', 'no-such-day'],
    ['29 ก.พ. 2568', 'no-such-day'],
    ['30/2/2567', 'no-such-day'],
  ])('%j is refused: %s', (text, reason) => {
    expect(readTypedDate(text, BE)).toEqual({ ok: false, reason });
  });

  it('takes a missing year from the fiscal year: October to December open it', () => {
    const options = { era: 'buddhist', fiscalYear: 2570 } as const;
    expect(readTypedDate('1/12', options)).toEqual({
      ok: true,
      date: '2026-12-01',
    });
    expect(readTypedDate('1 มี.ค.', options)).toEqual({
      ok: true,
      date: '2027-03-01',
    });
  });
});

describe('readTypedDate in the common era (the English screen)', () => {
  it.each([
    ['1/12/2026', '2026-12-01'],
    ['01/12/2026', '2026-12-01'],
    ['1/12/26', '2026-12-01'],
    ['1 Dec 2026', '2026-12-01'],
    ['1 Dec. 26', '2026-12-01'],
    ['1 December 2026', '2026-12-01'],
    ['Tuesday, 1 December 2026', '2026-12-01'],
    ['December 1, 2026', '2026-12-01'],
    ['1st December 2026', '2026-12-01'],
    ['30 Sept 2025', '2025-09-30'],
    ['๑/๑๒/๒๐๒๖', '2026-12-01'],
    ['2026-12-01', '2026-12-01'],
    ['1 ธ.ค. 2026', '2026-12-01'],
    ['1/12/2569 BE', '2026-12-01'],
    ['1 ธ.ค. พ.ศ. 2569', '2026-12-01'],
    // A BE year typed in the English screen: the fiscal-year check questions it.
    ['1/12/2569', '2569-12-01'],
  ])('%j → %s', (text, date) => {
    expect(readTypedDate(text, CE)).toEqual({ ok: true, date });
  });

  it.each([
    ['1 Smarch 2026', 'unreadable'],
    ['31 Nov 2026', 'no-such-day'],
  ])('%j is refused: %s', (text, reason) => {
    expect(readTypedDate(text, CE)).toEqual({ ok: false, reason });
  });
});

describe('readTypedMonth', () => {
  it.each<[string, Era, string]>([
    ['ธ.ค. 69', 'buddhist', '2026-12'],
    ['ธ.ค.69', 'buddhist', '2026-12'],
    ['ธค 69', 'buddhist', '2026-12'],
    ['ธ.ค.๖๙', 'buddhist', '2026-12'],
    ['ธันวาคม 2569', 'buddhist', '2026-12'],
    ['ธันวาคม พ.ศ. 2569', 'buddhist', '2026-12'],
    ['เดือนธันวาคม 2569', 'buddhist', '2026-12'],
    ['ตุลาคม 2569', 'buddhist', '2026-10'],
    ['มีนาคม 2570', 'buddhist', '2027-03'],
    ['12/2569', 'buddhist', '2026-12'],
    ['๑๒/๒๕๖๙', 'buddhist', '2026-12'],
    ['12-69', 'buddhist', '2026-12'],
    ['2569-12', 'buddhist', '2026-12'],
    // A date typed into a month field gives its month.
    ['1 ธ.ค. 2569', 'buddhist', '2026-12'],
    ['Dec 2026', 'gregorian', '2026-12'],
    ['December 2026', 'gregorian', '2026-12'],
    ['12/2026', 'gregorian', '2026-12'],
    ['ธ.ค. 2569', 'gregorian', '2569-12'],
  ])('%j (%s) → %s', (text, era, month) => {
    expect(readTypedMonth(text, { era })).toEqual({ ok: true, month });
  });

  it.each([
    ['', 'empty'],
    ['ธ.ค.', 'unreadable'],
    ['13/2569', 'unreadable'],
    ['12/2569/1/1', 'unreadable'],
    ['1 2 3 4', 'unreadable'],
    ['ธ.ค. 569', 'unreadable'],
  ])('%j is refused: %s', (text, reason) => {
    expect(readTypedMonth(text, BE)).toEqual({ ok: false, reason });
  });

  it('takes a missing year from the fiscal year', () => {
    const options = { era: 'buddhist', fiscalYear: 2570 } as const;
    expect(readTypedMonth('ต.ค.', options)).toEqual({
      ok: true,
      month: '2026-10',
    });
    expect(readTypedMonth('กันยายน', options)).toEqual({
      ok: true,
      month: '2027-09',
    });
  });
});

describe('eraOf', () => {
  it('reads Thai in the Buddhist era and English in the common era', () => {
    expect(eraOf('th')).toBe('buddhist');
    expect(eraOf('en')).toBe('gregorian');
  });
});

// CE 1901–2199: BE 2444–2742, beyond which nobody types a date for ITA.
const isoDates = fc
  .record({
    year: fc.integer({ min: 1901, max: 2199 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) =>
    isoDateOf(year, month, Math.min(day, lastDayOfMonth(year, month))),
  );
const languages = fc.constantFrom<Language>('th', 'en');
const digitStyles = fc.constantFrom<DigitStyle>('arabic', 'thai');

describe('what the app writes, it reads back', () => {
  it('every date style, both languages, both digit styles', () => {
    fc.assert(
      fc.property(
        isoDates,
        languages,
        digitStyles,
        fc.constantFrom('numeric', 'full', 'long', 'medium'),
        (date, language, digits, style) => {
          const text = formatDate(date, language, digits, style);
          expect(readTypedDate(text, { era: eraOf(language) })).toEqual({
            ok: true,
            date,
          });
        },
      ),
    );
  });

  it('two-digit years within BE 2500–2599 (CE 2000–2099 in English)', () => {
    fc.assert(
      fc.property(
        isoDates.filter((d) => d >= '2000-01-01' && d <= '2056-12-31'),
        languages,
        digitStyles,
        (date, language, digits) => {
          const text = formatDate(date, language, digits, 'short');
          expect(readTypedDate(text, { era: eraOf(language) })).toEqual({
            ok: true,
            date,
          });
        },
      ),
    );
  });

  it('every month style, both languages, both digit styles', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1901, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        languages,
        digitStyles,
        fc.constantFrom<'short' | 'long'>('short', 'long'),
        (year, m, language, digits, style) => {
          const month = yearMonthOf(year, m);
          const text = formatMonth(month, language, digits, style);
          expect(readTypedMonth(text, { era: eraOf(language) })).toEqual({
            ok: true,
            month,
          });
        },
      ),
    );
  });
});
