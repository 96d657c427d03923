import { describe, expect, it } from 'vitest';

import { dashboardRow, type RowSpec } from '@/testing/dashboard-rows';

import { lateMeasures, quietMeasures } from './late-measures';
import { measureFacts } from './measure-facts';

const TODAY = '2025-02-15';

describe('lateMeasures', () => {
  it('lists late measures, most days late first, ties in list order', () => {
    const facts = measureFacts(
      [
        dashboardRow({
          id: 'reported',
          latest: { date: '2025-02-01', status: 'late' },
        }),
        dashboardRow({
          id: 'dec',
          period: { kind: 'months', from: '2024-12', to: '2024-12' },
        }),
        dashboardRow({
          id: 'ontime',
          latest: { date: '2025-02-01', status: 'in-progress' },
        }),
        dashboardRow({
          id: 'oct',
          period: { kind: 'months', from: '2024-10', to: '2024-10' },
        }),
        dashboardRow({
          id: 'reported2',
          latest: { date: '2025-02-02', status: 'late' },
        }),
        dashboardRow({
          id: 'done',
          period: { kind: 'months', from: '2024-10', to: '2024-10' },
          latest: { date: '2024-10-30', status: 'completed' },
        }),
      ],
      TODAY,
    );
    expect(lateMeasures(facts)).toEqual([
      { measureId: 'oct', daysLate: 107 },
      { measureId: 'dec', daysLate: 46 },
      { measureId: 'reported', daysLate: 0 },
      { measureId: 'reported2', daysLate: 0 },
    ]);
  });

  it('lists none when nothing is late', () => {
    expect(
      lateMeasures(measureFacts([dashboardRow({ id: 'a' })], TODAY)),
    ).toEqual([]);
  });
});

describe('quietMeasures (no update in the last N days)', () => {
  it.each<{
    name: string;
    spec: Omit<RowSpec, 'id'>;
    days: number;
    quiet: number | null | 'not listed';
  }>([
    { name: 'never updated, period started', spec: {}, days: 30, quiet: null },
    {
      name: 'updated exactly N days ago',
      spec: { latest: { date: '2025-01-16', status: 'in-progress' } },
      days: 30,
      quiet: 'not listed',
    },
    {
      name: 'updated N + 1 days ago',
      spec: { latest: { date: '2025-01-15', status: 'in-progress' } },
      days: 30,
      quiet: 31,
    },
    {
      name: 'updated today',
      spec: { latest: { date: TODAY, status: 'in-progress' } },
      days: 0,
      quiet: 'not listed',
    },
    {
      name: 'updated yesterday, N = 0',
      spec: { latest: { date: '2025-02-14', status: 'in-progress' } },
      days: 0,
      quiet: 1,
    },
    {
      name: 'completed long ago',
      spec: { latest: { date: '2024-10-15', status: 'completed' } },
      days: 30,
      quiet: 'not listed',
    },
    {
      name: 'cancelled long ago',
      spec: { latest: { date: '2024-10-15', status: 'cancelled' } },
      days: 30,
      quiet: 'not listed',
    },
    {
      name: 'late, last update long ago',
      spec: { latest: { date: '2024-10-15', status: 'late' } },
      days: 30,
      quiet: 123,
    },
    {
      name: 'period not begun yet',
      spec: { period: { kind: 'months', from: '2025-03', to: '2025-06' } },
      days: 30,
      quiet: 'not listed',
    },
    {
      name: 'period began earlier this month',
      spec: { period: { kind: 'months', from: '2025-02', to: '2025-06' } },
      days: 30,
      quiet: null,
    },
  ])('$name (N = $days): $quiet', ({ spec, days, quiet }) => {
    const facts = measureFacts([dashboardRow({ id: 'm', ...spec })], TODAY);
    const listed = quietMeasures(facts, TODAY, days);
    if (quiet === 'not listed') {
      expect(listed).toEqual([]);
    } else {
      expect(listed).toEqual([
        {
          measureId: 'm',
          lastUpdate: spec.latest?.date ?? null,
          daysSinceUpdate: quiet,
        },
      ]);
    }
  });
});
