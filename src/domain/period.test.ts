import { describe, it, expect } from 'vitest';

import {
  fiscalYearPeriod,
  isPeriodValid,
  isYearMonth,
  parseYearMonth,
  periodLabel,
  periodRange,
  shiftPeriod,
} from './period';
import type { DigitStyle } from './thai-date';
import type { Period } from './types';

const months = (from: string, to: string): Period => ({
  kind: 'months',
  from,
  to,
});
const wholeYear: Period = { kind: 'fiscal-year' };

describe('periodLabel', () => {
  it.each<[Period, DigitStyle, string]>([
    [wholeYear, 'thai', 'ทั้งปีงบประมาณ'],
    [wholeYear, 'arabic', 'ทั้งปีงบประมาณ'],
    [months('2023-12', '2023-12'), 'thai', 'ธันวาคม ๒๕๖๖'],
    [months('2023-12', '2023-12'), 'arabic', 'ธันวาคม 2566'],
    [months('2024-10', '2025-09'), 'thai', 'ต.ค.๖๗ - ก.ย.๖๘'],
    [months('2024-10', '2025-09'), 'arabic', 'ต.ค.67 - ก.ย.68'],
    [months('2024-10', '2025-04'), 'thai', 'ต.ค.๖๗ - เม.ย.๖๘'],
    [months('2024-10', '2025-03'), 'thai', 'ต.ค.๖๗ - มี.ค.๖๘'],
    [months('2024-10', '2024-12'), 'thai', 'ต.ค.๖๗ - ธ.ค.๖๗'],
    [months('2025-02', '2025-02'), 'thai', 'กุมภาพันธ์ ๒๕๖๘'],
    // 2057 CE is 2600 BE: the two-digit year keeps its leading zero.
    [months('2056-10', '2057-09'), 'arabic', 'ต.ค.99 - ก.ย.00'],
  ])('%j with %s digits → %s', (period, digits, label) => {
    expect(periodLabel(period, 2568, digits)).toBe(label);
  });

  it.each([
    ['2023-12', 'ธันวาคม'],
    ['2024-10', 'ตุลาคม'],
    ['2025-09', 'กันยายน'],
  ])("the year in %s agrees with Intl's Buddhist calendar", (ym, name) => {
    const [year, month] = ym.split('-').map(Number);
    const date = new Date(0);
    date.setUTCFullYear(year!, month! - 1, 1);
    const intl = new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-thai', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).formatToParts(date);
    const intlYear = intl.find((part) => part.type === 'year')?.value;
    expect(periodLabel(months(ym, ym), 2568, 'thai')).toBe(
      `${name} ${intlYear}`,
    );
  });
});

describe('periodRange', () => {
  it.each<[Period, number, string, string]>([
    [wholeYear, 2568, '2024-10-01', '2025-09-30'],
    [wholeYear, 2567, '2023-10-01', '2024-09-30'],
    [months('2023-12', '2023-12'), 2567, '2023-12-01', '2023-12-31'],
    [months('2024-10', '2025-09'), 2568, '2024-10-01', '2025-09-30'],
    [months('2024-10', '2025-03'), 2568, '2024-10-01', '2025-03-31'],
    [months('2024-10', '2025-04'), 2568, '2024-10-01', '2025-04-30'],
    [months('2024-01', '2024-02'), 2567, '2024-01-01', '2024-02-29'],
    [months('2025-02', '2025-02'), 2568, '2025-02-01', '2025-02-28'],
    // The fiscal year does not move a month range: it may lie outside it.
    [months('2023-12', '2023-12'), 2568, '2023-12-01', '2023-12-31'],
  ])('%j in FY %i is %s – %s', (period, fy, start, end) => {
    expect(periodRange(period, fy)).toEqual({ start, end });
  });

  it('throws on a malformed month', () => {
    expect(() => periodRange(months('2024-13', '2025-01'), 2568)).toThrow(
      RangeError,
    );
  });
});

describe('isPeriodValid', () => {
  it.each<[Period, boolean]>([
    [wholeYear, true],
    [months('2024-10', '2025-09'), true],
    [months('2023-12', '2023-12'), true],
    [months('2025-09', '2024-10'), false],
    [months('2024-11', '2024-10'), false],
    [months('2024-13', '2025-01'), false],
    [months('2024-00', '2025-01'), false],
    [months('2024-1', '2025-01'), false],
    [months('', ''), false],
    [months('2024-10', ''), false],
    [months('2024-10-01', '2025-09'), false],
  ])('%j → %s', (period, expected) => {
    expect(isPeriodValid(period)).toBe(expected);
  });

  it.each([
    ['2024-10', true, { year: 2024, month: 10 }],
    ['2025-01', true, { year: 2025, month: 1 }],
    ['2025-13', false, null],
    ['25-01', false, null],
  ])('isYearMonth(%j) is %s', (value, valid, parsed) => {
    expect(isYearMonth(value)).toBe(valid);
    if (parsed) expect(parseYearMonth(value)).toEqual(parsed);
    else expect(() => parseYearMonth(value)).toThrow(RangeError);
  });
});

describe('fiscalYearPeriod', () => {
  it.each([
    [2568, '2024-10', '2025-09'],
    [2567, '2023-10', '2024-09'],
  ])('FY %i is %s – %s', (fy, from, to) => {
    const period = fiscalYearPeriod(fy);
    expect(period).toEqual(months(from, to));
    expect(periodRange(period, fy)).toEqual(periodRange(wholeYear, fy));
  });
});

describe('shiftPeriod', () => {
  it.each<[Period, number, Period]>([
    [wholeYear, 1, wholeYear],
    [months('2024-10', '2025-09'), 1, months('2025-10', '2026-09')],
    [months('2024-10', '2025-03'), -1, months('2023-10', '2024-03')],
    [months('2023-12', '2023-12'), 2, months('2025-12', '2025-12')],
    [months('2024-02', '2024-02'), 0, months('2024-02', '2024-02')],
  ])('%j by %i years → %j', (period, years, expected) => {
    expect(shiftPeriod(period, years)).toEqual(expected);
  });

  it('moves a fiscal year period to the next fiscal year', () => {
    expect(shiftPeriod(fiscalYearPeriod(2568), 1)).toEqual(
      fiscalYearPeriod(2569),
    );
  });
});
