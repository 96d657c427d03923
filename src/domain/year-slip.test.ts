import { describe, expect, it } from 'vitest';

import { yearSlip } from './year-slip';

// FY2570 runs 1 Oct 2026 – 30 Sep 2027; a year either side is accepted.
describe('yearSlip', () => {
  it.each([
    '2026-10-01',
    '2027-09-30',
    '2025-10-01', // the fiscal year before began
    '2028-09-30', // the fiscal year after ends
  ])('%s is near FY2570', (date) => {
    expect(yearSlip(date, 2570)).toBeNull();
  });

  it.each([
    // CE typed where BE was expected: 1/12/2026 read as BE 2026 = CE 1483.
    ['1483-12-01', { kind: 'missing-543', year: 2026 }],
    ['1484-03-31', { kind: 'missing-543', year: 2027 }],
    // BE+543 twice (BE 3112 = CE 2569), or BE typed in the English screen.
    ['2569-12-01', { kind: 'added-543', year: 2026 }],
    ['2570-09-30', { kind: 'added-543', year: 2027 }],
    // Neither: the year that puts the same day in the fiscal year.
    ['2053-12-01', { kind: 'far', year: 2026 }],
    ['2025-09-30', { kind: 'far', year: 2027 }],
    ['2028-10-01', { kind: 'far', year: 2026 }],
  ] as const)('%s is far from FY2570: %j', (date, slip) => {
    expect(yearSlip(date, 2570)).toEqual(slip);
  });

  it('checks a month by its first day', () => {
    expect(yearSlip('3112-10', 2570)).toEqual({ kind: 'far', year: 2026 });
    expect(yearSlip('2569-10', 2570)).toEqual({
      kind: 'added-543',
      year: 2026,
    });
    expect(yearSlip('2026-10', 2570)).toBeNull();
  });
});
