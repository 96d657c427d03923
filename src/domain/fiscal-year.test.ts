import { describe, it, expect } from 'vitest';

import {
  daysBetween,
  fiscalYearMonths,
  fiscalYearOf,
  fiscalYearRange,
  isIsoDate,
  isoDateOf,
  lastDayOfMonth,
  parseIsoDate,
  toBuddhistYear,
  toGregorianYear,
  yearMonthOf,
} from './fiscal-year';

describe('fiscalYearOf', () => {
  it.each([
    ['2024-10-01', 2568],
    ['2024-09-30', 2567],
    ['2025-09-30', 2568],
    ['2025-10-01', 2569],
    ['2024-12-31', 2568],
    ['2025-01-01', 2568],
    ['2025-03-31', 2568],
    ['2025-04-01', 2568],
    ['2024-02-29', 2567],
    ['2023-12-15', 2567],
  ])('%s is in FY %i', (date, expected) => {
    expect(fiscalYearOf(date)).toBe(expected);
  });

  it.each(['', '2024-13-01', '2024-02-30', '2023-02-29', '24-10-01', 'x'])(
    'throws on %j',
    (date) => {
      expect(() => fiscalYearOf(date)).toThrow(RangeError);
    },
  );
});

describe('fiscalYearRange', () => {
  it.each([
    [2568, '2024-10-01', '2025-09-30'],
    [2567, '2023-10-01', '2024-09-30'],
    [2600, '2056-10-01', '2057-09-30'],
  ])('FY %i is %s – %s', (fy, start, end) => {
    expect(fiscalYearRange(fy)).toEqual({ start, end });
    expect(fiscalYearOf(start)).toBe(fy);
    expect(fiscalYearOf(end)).toBe(fy);
  });
});

describe('Buddhist and Gregorian years', () => {
  it.each([
    [2024, 2567],
    [2025, 2568],
    [1957, 2500],
  ])('%i CE is %i BE', (ce, be) => {
    expect(toBuddhistYear(ce)).toBe(be);
    expect(toGregorianYear(be)).toBe(ce);
  });
});

describe('lastDayOfMonth', () => {
  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2100, 2, 28],
    [2024, 1, 31],
    [2024, 4, 30],
    [2024, 6, 30],
    [2024, 9, 30],
    [2024, 10, 31],
    [2024, 11, 30],
    [2024, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(lastDayOfMonth(year, month)).toBe(days);
  });
});

describe('isoDateOf and parseIsoDate', () => {
  it.each([
    [2024, 10, 1, '2024-10-01'],
    [2025, 9, 30, '2025-09-30'],
    [2024, 2, 29, '2024-02-29'],
    [999, 1, 1, '0999-01-01'],
  ])('%i, %i, %i ↔ %s', (year, month, day, iso) => {
    expect(isoDateOf(year, month, day)).toBe(iso);
    expect(parseIsoDate(iso)).toEqual({ year, month, day });
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-04-31', false],
    ['2024-00-10', false],
    ['2024-10-00', false],
    ['2024-10-1', false],
    ['2024-10-01T00:00:00Z', false],
    ['', false],
  ])('isIsoDate(%j) is %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2025-09-30', '2025-09-30', 0],
    ['2025-09-30', '2025-10-01', 1],
    ['2025-10-01', '2025-09-30', -1],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2024-10-01', '2025-09-30', 364],
    ['2023-10-01', '2024-09-30', 365],
    ['0050-01-01', '0051-01-01', 365],
  ])('%s → %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('fiscalYearMonths', () => {
  it('lists October to September', () => {
    expect(fiscalYearMonths(2568)).toEqual([
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
    ]);
  });

  it.each([[2567], [2568], [2600]])('FY %i months start on its range', (fy) => {
    const months = fiscalYearMonths(fy);
    const { start, end } = fiscalYearRange(fy);
    expect(months).toHaveLength(12);
    expect(`${months[0]}-01`).toBe(start);
    expect(end.startsWith(months[11]!)).toBe(true);
  });

  it.each([
    [2024, 10, '2024-10'],
    [2025, 1, '2025-01'],
  ])('yearMonthOf(%i, %i) is %s', (year, month, expected) => {
    expect(yearMonthOf(year, month)).toBe(expected);
  });
});
