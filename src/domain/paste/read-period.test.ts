import { describe, expect, it } from 'vitest';

import type { Period } from '../types';
import { readPeriod, readPeriodChecked } from './read-period';

const months = (from: string, to: string): Period => ({
  kind: 'months',
  from,
  to,
});

describe('readPeriod', () => {
  it.each<[string, Period]>([
    ['ทั้งปีงบประมาณ', { kind: 'fiscal-year' }],
    ['ทั้ง ปีงบประมาณ', { kind: 'fiscal-year' }],
    ['ตลอดปีงบประมาณ', { kind: 'fiscal-year' }],
    ['ทั้งปีงบประมาณ พ.ศ. ๒๕๖๘', { kind: 'fiscal-year' }],
    ['ต.ค.๖๗ - ก.ย.๖๘', months('2024-10', '2025-09')],
    ['ม.ค.๖๘ - มี.ค.๖๘', months('2025-01', '2025-03')],
    ['ต.ค.67 - เม.ย.68', months('2024-10', '2025-04')],
    ['ต.ค. ๖๗ – ก.ย. ๖๘', months('2024-10', '2025-09')],
    ['ต.ค.๖๗ — ก.ย.๖๘', months('2024-10', '2025-09')],
    ['ม.ค.68 ถึง มี.ค.68', months('2025-01', '2025-03')],
    ['ตุลาคม ๒๕๖๗ ถึง กันยายน ๒๕๖๘', months('2024-10', '2025-09')],
    ['ธันวาคม ๒๕๖๖', months('2023-12', '2023-12')],
    ['ธันวาคม พ.ศ. 2566', months('2023-12', '2023-12')],
    ['ตค.67-กย.68', months('2024-10', '2025-09')],
    ['1 ต.ค. 67 - 30 ก.ย. 68', months('2024-10', '2025-09')],
    ['ต.ค. - ธ.ค. ๒๕๖๗', months('2024-10', '2024-12')],
    ['พ.ย. ๖๗ - ก.พ.', months('2024-11', '2025-02')],
    // Single months, written out or abbreviated, years of four or two digits.
    ['มกราคม 2568', months('2025-01', '2025-01')],
    ['ม.ค. 68', months('2025-01', '2025-01')],
    ['ก.ย.๒๕๖๘', months('2025-09', '2025-09')],
    // Ranges across years, Buddhist or common era, Thai or English month names.
    ['ตุลาคม 2567 – กันยายน 2568', months('2024-10', '2025-09')],
    ['ตุลาคม 2024 - กันยายน 2025', months('2024-10', '2025-09')],
    ['October 2024 - September 2025', months('2024-10', '2025-09')],
    ['Oct 2024 – Sep. 2025', months('2024-10', '2025-09')],
    ['1 October 2024 to 30 September 2025', months('2024-10', '2025-09')],
    ['December 2023', months('2023-12', '2023-12')],
    ['ธันวาคม พ.ศ. ๒๕๖๖ - มีนาคม พ.ศ. ๒๕๖๗', months('2023-12', '2024-03')],
    ['ต.ค. ค.ศ. 2024 - ก.ย. ค.ศ. 2025', months('2024-10', '2025-09')],
    // Fiscal quarters: quarter 1 is October–December of the year before.
    ['ไตรมาส ๑ ปีงบประมาณ ๒๕๖๘', months('2024-10', '2024-12')],
    ['ไตรมาสที่ 2/2568', months('2025-01', '2025-03')],
    ['ไตรมาสที่ ๓ ปีงบประมาณ พ.ศ. ๒๕๖๘', months('2025-04', '2025-06')],
    ['ไตรมาส 4 ปี 68', months('2025-07', '2025-09')],
    ['ไตรมาส ๑–๒ ปีงบประมาณ ๒๕๖๘', months('2024-10', '2025-03')],
    ['ไตรมาสที่ 2 - ไตรมาสที่ 4 ปีงบประมาณ 2568', months('2025-01', '2025-09')],
  ])('reads %j', (text, period) => {
    expect(readPeriod(text)).toEqual(period);
  });

  it.each<[string, number, Period]>([
    ['ต.ค. - ธ.ค.', 2568, months('2024-10', '2024-12')],
    ['ม.ค. - มี.ค.', 2568, months('2025-01', '2025-03')],
    ['ต.ค. - ก.ย.', 2568, months('2024-10', '2025-09')],
    ['มีนาคม', 2567, months('2024-03', '2024-03')],
    ['ไตรมาส ๑', 2568, months('2024-10', '2024-12')],
    ['ไตรมาสที่ 4', 2568, months('2025-07', '2025-09')],
    ['ไตรมาส ๑–๔', 2568, months('2024-10', '2025-09')],
    ['ไตรมาสที่ ๒ ถึง ไตรมาสที่ ๓', 2567, months('2024-01', '2024-06')],
    ['ไตรมาส ๒ ปีงบประมาณ ๒๕๖๗', 2568, months('2024-01', '2024-03')],
    // The months a quarter covers, written after it, are read as written.
    ['ไตรมาสที่ 1 (ต.ค. - ธ.ค. 67)', 2568, months('2024-10', '2024-12')],
    ['ไตรมาส ๒ (ม.ค.–มี.ค.)', 2568, months('2025-01', '2025-03')],
    ['ไตรมาส ๒ (ตามแผน)', 2568, months('2025-01', '2025-03')],
    ['ตลอดปีงบประมาณ', 2568, { kind: 'fiscal-year' }],
  ])('reads %j with the years of FY%i', (text, fiscalYear, period) => {
    expect(readPeriod(text, fiscalYear)).toEqual(period);
  });

  it.each([
    'ไตรมาส ๑', // no fiscal year to place the quarter in
    'ไตรมาส ๕',
    'ไตรมาส ๓ - ๑ ปีงบประมาณ ๒๕๖๘',
    'October 24', // an English month takes a four-digit year
    'ตามความเหมาะสม',
    'ก.ย.๖๘ - ต.ค.๖๗', // ends before it starts
    'ต.ค. - ธ.ค.', // no year, and no fiscal year to take it from
    'ม.ค.68 - ก.พ.68 - มี.ค.68',
    '',
  ])('does not read %j', (text) => {
    expect(readPeriod(text)).toBeNull();
  });
});

describe('readPeriodChecked says why a period cannot be read', () => {
  it.each<[string, number | null, string]>([
    ['ไตรมาส ๕', 2568, 'quarterOutOfRange'],
    ['ไตรมาสที่ 0 ปีงบประมาณ 2568', null, 'quarterOutOfRange'],
    ['ไตรมาส ๒-๕', 2568, 'quarterOutOfRange'],
    ['ไตรมาส ๓ - ๑', 2568, 'periodEndsBeforeStart'],
    ['ก.ย.๖๘ - ต.ค.๖๗', null, 'periodEndsBeforeStart'],
    ['September 2025 - October 2024', null, 'periodEndsBeforeStart'],
    ['ไตรมาส ๑', null, 'unreadablePeriod'],
    ['ตามความเหมาะสม', 2568, 'unreadablePeriod'],
  ])('%j (FY%s) → %s', (text, fiscalYear, problem) => {
    expect(readPeriodChecked(text, fiscalYear)).toEqual({ problem });
  });

  it('gives the period when it can be read', () => {
    expect(readPeriodChecked('ไตรมาส ๒', 2568)).toEqual({
      period: months('2025-01', '2025-03'),
    });
  });
});
