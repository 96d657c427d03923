import { describe, expect, it } from 'vitest';

import { dashboardRow } from '@/testing/dashboard-rows';

import type { Period } from '../types';
import { measureFacts } from './measure-facts';
import { timeline } from './timeline';

function timelineOf(period: Period, today = '2025-02-15') {
  const facts = measureFacts([dashboardRow({ id: 'm', period })], today);
  return timeline(facts, 2568, today);
}

describe('timeline', () => {
  it('has the twelve months of the fiscal year, October first', () => {
    const { months } = timelineOf({ kind: 'fiscal-year' });
    expect(months).toHaveLength(12);
    expect([months[0], months[3], months[11]]).toEqual([
      '2024-10',
      '2025-01',
      '2025-09',
    ]);
  });

  it.each<{
    name: string;
    period: Period;
    span: { from: number; to: number } | null;
    before: boolean;
    after: boolean;
  }>([
    {
      name: 'the whole year',
      period: { kind: 'fiscal-year' },
      span: { from: 0, to: 11 },
      before: false,
      after: false,
    },
    {
      name: 'Jan–Mar',
      period: { kind: 'months', from: '2025-01', to: '2025-03' },
      span: { from: 3, to: 5 },
      before: false,
      after: false,
    },
    {
      name: 'one month, September',
      period: { kind: 'months', from: '2025-09', to: '2025-09' },
      span: { from: 11, to: 11 },
      before: false,
      after: false,
    },
    {
      name: 'starting the year before: clipped at October',
      period: { kind: 'months', from: '2024-07', to: '2024-12' },
      span: { from: 0, to: 2 },
      before: true,
      after: false,
    },
    {
      name: 'ending the year after: clipped at September',
      period: { kind: 'months', from: '2025-08', to: '2026-02' },
      span: { from: 10, to: 11 },
      before: false,
      after: true,
    },
    {
      name: 'spanning past both ends',
      period: { kind: 'months', from: '2024-01', to: '2026-01' },
      span: { from: 0, to: 11 },
      before: true,
      after: true,
    },
    {
      name: 'wholly before the year (the fixture’s ธันวาคม 2566)',
      period: { kind: 'months', from: '2023-12', to: '2023-12' },
      span: null,
      before: true,
      after: false,
    },
    {
      name: 'wholly after the year',
      period: { kind: 'months', from: '2025-10', to: '2025-12' },
      span: null,
      before: false,
      after: true,
    },
  ])('$name', ({ period, span, before, after }) => {
    expect(timelineOf(period).bars).toEqual([
      { measureId: 'm', span, startsBefore: before, endsAfter: after },
    ]);
  });

  it.each([
    ['2024-10-01', 0],
    ['2025-02-15', 4],
    ['2025-09-30', 11],
    ['2025-10-01', null],
    ['2024-09-30', null],
  ] as const)('marks today %s at month index %s', (today, index) => {
    expect(timelineOf({ kind: 'fiscal-year' }, today).todayIndex).toBe(index);
  });
});
