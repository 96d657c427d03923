import { describe, expect, it } from 'vitest';

import { dashboardRow, type RowSpec } from '@/testing/dashboard-rows';

import { measureFacts } from './measure-facts';
import { statusCounts } from './status-counts';

const JAN_TO_MAR: RowSpec['period'] = {
  kind: 'months',
  from: '2025-01',
  to: '2025-03',
};

describe('measureFacts', () => {
  it.each<{
    name: string;
    spec: Omit<RowSpec, 'id'>;
    today: string;
    status: string;
    daysLate: number;
  }>([
    {
      name: 'no update, mid-year',
      spec: {},
      today: '2025-02-15',
      status: 'not-started',
      daysLate: 0,
    },
    {
      name: 'no update, today = period end',
      spec: {},
      today: '2025-09-30',
      status: 'not-started',
      daysLate: 0,
    },
    {
      name: 'no update, the day after the end',
      spec: {},
      today: '2025-10-01',
      status: 'late',
      daysLate: 1,
    },
    {
      name: 'completed, after the end',
      spec: { latest: { date: '2025-09-30', status: 'completed' } },
      today: '2025-10-10',
      status: 'completed',
      daysLate: 0,
    },
    {
      name: 'cancelled, after the end',
      spec: { latest: { date: '2025-03-01', status: 'cancelled' } },
      today: '2025-10-10',
      status: 'cancelled',
      daysLate: 0,
    },
    {
      name: '100% though in progress',
      spec: {
        latest: { date: '2025-03-01', status: 'in-progress', percent: 100 },
      },
      today: '2025-10-10',
      status: 'completed',
      daysLate: 0,
    },
    {
      name: 'in progress, months period ended',
      spec: {
        period: JAN_TO_MAR,
        latest: { date: '2025-02-01', status: 'in-progress', percent: 40 },
      },
      today: '2025-04-05',
      status: 'late',
      daysLate: 5,
    },
    {
      name: 'in progress, today = months period end',
      spec: {
        period: JAN_TO_MAR,
        latest: { date: '2025-02-01', status: 'in-progress', percent: 40 },
      },
      today: '2025-03-31',
      status: 'in-progress',
      daysLate: 0,
    },
    {
      name: 'reported late within the period',
      spec: { latest: { date: '2025-02-01', status: 'late' } },
      today: '2025-02-15',
      status: 'late',
      daysLate: 0,
    },
  ])(
    '$name → $status, $daysLate days late',
    ({ spec, today, status, daysLate }) => {
      const [facts] = measureFacts([dashboardRow({ id: 'm', ...spec })], today);
      expect(facts?.status).toBe(status);
      expect(facts?.daysLate).toBe(daysLate);
    },
  );

  it('keeps the last update date, the rounds and the period range', () => {
    const [withUpdate, without] = measureFacts(
      [
        dashboardRow({
          id: 'a',
          period: JAN_TO_MAR,
          latest: { date: '2025-02-01', status: 'in-progress' },
          rounds: ['annual', 'six-month'],
        }),
        dashboardRow({ id: 'b' }),
      ],
      '2025-02-15',
    );
    expect(withUpdate).toMatchObject({
      lastUpdate: '2025-02-01',
      rounds: ['annual', 'six-month'],
      period: { start: '2025-01-01', end: '2025-03-31' },
    });
    expect(without).toMatchObject({
      lastUpdate: null,
      rounds: [],
      period: { start: '2024-10-01', end: '2025-09-30' },
    });
  });
});

describe('statusCounts', () => {
  it.each([
    {
      name: 'no measures',
      specs: [] as RowSpec[],
      expected: [[], [], [], [], []],
    },
    {
      name: 'one of each status but in progress, two late',
      specs: [
        { id: 'ns' },
        { id: 'done', latest: { date: '2025-01-01', status: 'completed' } },
        { id: 'late1', latest: { date: '2025-01-01', status: 'late' } },
        { id: 'late2', period: JAN_TO_MAR },
        { id: 'gone', latest: { date: '2025-01-01', status: 'cancelled' } },
      ] satisfies RowSpec[],
      expected: [['ns'], [], ['done'], ['late1', 'late2'], ['gone']],
    },
  ])('$name: every status in order, with its ids', ({ specs, expected }) => {
    const facts = measureFacts(specs.map(dashboardRow), '2025-04-01');
    expect(statusCounts(facts)).toEqual([
      { status: 'not-started', measureIds: expected[0] },
      { status: 'in-progress', measureIds: expected[1] },
      { status: 'completed', measureIds: expected[2] },
      { status: 'late', measureIds: expected[3] },
      { status: 'cancelled', measureIds: expected[4] },
    ]);
  });
});
