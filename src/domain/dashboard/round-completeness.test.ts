import { describe, expect, it } from 'vitest';

import { dashboardRow, type RowSpec } from '@/testing/dashboard-rows';
import { makeMeasure, makeUpdate } from '@/testing/records';

import { summarize } from '../measure-summary';
import type { ProgressUpdate } from '../types';
import { measureFacts } from './measure-facts';
import { roundCompleteness } from './round-completeness';

const TODAY = '2025-04-01';
const annualDone = (id: string): RowSpec => ({
  id,
  latest: { date: '2025-09-30', status: 'completed' },
  rounds: ['annual'],
});

describe('roundCompleteness', () => {
  it.each([
    {
      name: 'no measures: nothing expected, no rate',
      specs: [] as RowSpec[],
      round: 'six-month' as const,
      expected: {
        expectedIds: [],
        reportedIds: [],
        missingIds: [],
        cancelledIds: [],
        rate: null,
      },
    },
    {
      name: 'annual updates only: the 6-month round is missing for all',
      specs: [annualDone('a'), annualDone('b')],
      round: 'six-month' as const,
      expected: {
        expectedIds: ['a', 'b'],
        reportedIds: [],
        missingIds: ['a', 'b'],
        cancelledIds: [],
        rate: 0,
      },
    },
    {
      name: 'annual updates only: the annual round is complete',
      specs: [annualDone('a'), annualDone('b')],
      round: 'annual' as const,
      expected: {
        expectedIds: ['a', 'b'],
        reportedIds: ['a', 'b'],
        missingIds: [],
        cancelledIds: [],
        rate: 1,
      },
    },
    {
      name: 'a measure without updates is missing; one with both rounds is reported',
      specs: [
        { id: 'none' },
        {
          id: 'both',
          latest: { date: '2025-03-01', status: 'in-progress' },
          rounds: ['annual', 'six-month'],
        },
      ] satisfies RowSpec[],
      round: 'six-month' as const,
      expected: {
        expectedIds: ['none', 'both'],
        reportedIds: ['both'],
        missingIds: ['none'],
        cancelledIds: [],
        rate: 0.5,
      },
    },
    {
      name: 'a cancelled measure is not expected, whatever it reported',
      specs: [
        {
          id: 'gone',
          latest: { date: '2025-01-10', status: 'cancelled' },
          rounds: ['six-month'],
        },
        {
          id: 'open',
          latest: { date: '2025-01-10', status: 'in-progress' },
          rounds: ['six-month'],
        },
      ] satisfies RowSpec[],
      round: 'annual' as const,
      expected: {
        expectedIds: ['open'],
        reportedIds: [],
        missingIds: ['open'],
        cancelledIds: ['gone'],
        rate: 0,
      },
    },
    {
      name: 'only cancelled measures: no rate',
      specs: [
        { id: 'gone', latest: { date: '2025-01-10', status: 'cancelled' } },
      ] satisfies RowSpec[],
      round: 'six-month' as const,
      expected: {
        expectedIds: [],
        reportedIds: [],
        missingIds: [],
        cancelledIds: ['gone'],
        rate: null,
      },
    },
  ])('$name', ({ specs, round, expected }) => {
    const facts = measureFacts(specs.map(dashboardRow), TODAY);
    expect(roundCompleteness(facts, round)).toEqual({ round, ...expected });
  });

  it('counts an update for every round its date lies in, or that it was handed in late for', () => {
    const measure = (id: string, ...updates: Partial<ProgressUpdate>[]) => {
      const m = makeMeasure(id);
      const own = updates.map((u, i) => ({
        ...makeUpdate(`${id}-${i}`, id),
        ...u,
      }));
      return { measure: m, summary: summarize(m, own) };
    };
    const rows = [
      // The case: finished on 1 December, proposed for the 6-month round.
      measure('december', {
        date: '2024-12-01',
        round: 'six-month',
        status: 'completed',
        percent: 100,
      }),
      // A 6-month report handed in late, in April.
      measure('late', { date: '2025-04-10', round: 'six-month' }),
      // An update of April that was not handed in late.
      measure('april', { date: '2025-04-10', round: 'annual' }),
    ];
    const facts = measureFacts(rows, TODAY);
    expect(roundCompleteness(facts, 'annual').reportedIds).toEqual([
      'december',
      'late',
      'april',
    ]);
    expect(roundCompleteness(facts, 'six-month')).toMatchObject({
      reportedIds: ['december', 'late'],
      missingIds: ['april'],
    });
  });
});
