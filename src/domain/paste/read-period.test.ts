import { describe, expect, it } from 'vitest';

import type { Period } from '../types';
import { readPeriod } from './read-period';

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
  ])('reads %j', (text, period) => {
    expect(readPeriod(text)).toEqual(period);
  });

  it.each<[string, number, Period]>([
    ['ต.ค. - ธ.ค.', 2568, months('2024-10', '2024-12')],
    ['ม.ค. - มี.ค.', 2568, months('2025-01', '2025-03')],
    ['ต.ค. - ก.ย.', 2568, months('2024-10', '2025-09')],
    ['มีนาคม', 2567, months('2024-03', '2024-03')],
  ])('reads %j with the years of FY%i', (text, fiscalYear, period) => {
    expect(readPeriod(text, fiscalYear)).toEqual(period);
  });

  it.each([
    'ไตรมาส ๑',
    'ตามความเหมาะสม',
    'ก.ย.๖๘ - ต.ค.๖๗', // ends before it starts
    'ต.ค. - ธ.ค.', // no year, and no fiscal year to take it from
    'ม.ค.68 - ก.พ.68 - มี.ค.68',
    '',
  ])('does not read %j', (text) => {
    expect(readPeriod(text)).toBeNull();
  });
});
