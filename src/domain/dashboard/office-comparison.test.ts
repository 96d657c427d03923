import { describe, expect, it } from 'vitest';

import { dashboardRow, type RowSpec } from '@/testing/dashboard-rows';

import { measureFacts } from './measure-facts';
import {
  compareOffices,
  comparisonTotal,
  type ComparedOffice,
} from './office-comparison';

const office = (id: string, name: string): ComparedOffice => ({
  id,
  name,
  kind: 'sao',
  district: 'เมือง',
  province: 'ลำปาง',
});
const OFFICES = [
  office('a', 'อบต.ก'),
  office('b', 'อบต.ข'),
  office('c', 'อบต.ค'),
];
const done = (id: string, officeId: string): RowSpec => ({
  id,
  officeId,
  latest: { date: '2025-03-01', status: 'completed' },
  rounds: ['six-month'],
});

function compare(specs: RowSpec[]) {
  return compareOffices(
    OFFICES,
    measureFacts(specs.map(dashboardRow), '2025-04-01'),
  );
}

describe('compareOffices', () => {
  it('gives every office a row, in the order given, even with no measure', () => {
    const rows = compare([done('a1', 'a')]);
    expect(rows.map((r) => [r.office.id, r.measureIds])).toEqual([
      ['a', ['a1']],
      ['b', []],
      ['c', []],
    ]);
    expect(rows[1]).toMatchObject({
      completionRate: null,
      rounds: { annual: { rate: null } },
    });
  });

  it.each([
    { name: 'all completed', specs: [done('1', 'a'), done('2', 'a')], rate: 1 },
    {
      name: 'half completed',
      specs: [done('1', 'a'), { id: '2', officeId: 'a' }],
      rate: 0.5,
    },
    {
      name: 'a cancelled measure leaves the rate',
      specs: [
        done('1', 'a'),
        {
          id: '2',
          officeId: 'a',
          latest: { date: '2025-01-01', status: 'cancelled' },
        },
      ],
      rate: 1,
    },
    {
      name: 'only cancelled: no rate',
      specs: [
        {
          id: '2',
          officeId: 'a',
          latest: { date: '2025-01-01', status: 'cancelled' },
        },
      ],
      rate: null,
    },
  ] satisfies { name: string; specs: RowSpec[]; rate: number | null }[])(
    'completion rate, $name: $rate',
    ({ specs, rate }) => {
      expect(compare(specs)[0]?.completionRate).toBe(rate);
    },
  );

  it('counts statuses and rounds per office with the ids behind them', () => {
    const [a, b] = compare([
      done('a1', 'a'),
      {
        id: 'a2',
        officeId: 'a',
        latest: { date: '2025-03-01', status: 'late' },
        rounds: ['annual'],
      },
      { id: 'b1', officeId: 'b' },
    ]);
    expect(a?.byStatus).toEqual({
      'not-started': [],
      'in-progress': [],
      completed: ['a1'],
      late: ['a2'],
      cancelled: [],
    });
    expect(a?.rounds['six-month']).toMatchObject({
      reportedIds: ['a1'],
      missingIds: ['a2'],
      rate: 0.5,
    });
    expect(a?.rounds.annual).toMatchObject({
      reportedIds: ['a2'],
      missingIds: ['a1'],
      rate: 0.5,
    });
    expect(b?.byStatus['not-started']).toEqual(['b1']);
  });
});

describe('comparisonTotal', () => {
  it('adds up the offices shown: counts, the rate over them all, the rounds', () => {
    const rows = compare([
      done('a1', 'a'),
      done('a2', 'a'),
      { id: 'b1', officeId: 'b' },
      {
        id: 'b2',
        officeId: 'b',
        latest: { date: '2025-03-01', status: 'cancelled' },
      },
    ]);
    const total = comparisonTotal(rows);
    expect(total.measureIds.toSorted()).toEqual(['a1', 'a2', 'b1', 'b2']);
    expect(total.byStatus.completed.toSorted()).toEqual(['a1', 'a2']);
    expect(total.byStatus.cancelled).toEqual(['b2']);
    // Completed over all but the cancelled: 2 of 3, not the mean of 100% and 0%.
    expect(total.completionRate).toBeCloseTo(2 / 3);
    expect(total.rounds['six-month']).toMatchObject({
      round: 'six-month',
      rate: 2 / 3,
    });
    expect(total.rounds['six-month'].reportedIds.toSorted()).toEqual([
      'a1',
      'a2',
    ]);
    expect(total.rounds['six-month'].expectedIds).toHaveLength(3);
    expect(total.rounds.annual.rate).toBe(0);
  });

  it('has no rate when nothing is expected', () => {
    const total = comparisonTotal(compare([]));
    expect(total.measureIds).toEqual([]);
    expect(total.completionRate).toBeNull();
    expect(total.rounds.annual.rate).toBeNull();
  });
});
