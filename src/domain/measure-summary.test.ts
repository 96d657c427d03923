import { describe, expect, it } from 'vitest';

import { makeMeasure, makeUpdate } from '@/testing/records';

import { summarize } from './measure-summary';
import { deleteRecord, reviseRecord } from './revision';
import type { Round } from './types';

describe('summarize', () => {
  const measure = makeMeasure();

  it('summarizes no updates', () => {
    expect(summarize(measure, [])).toEqual({
      measureId: measure.id,
      officeId: measure.officeId,
      fiscalYear: 2568,
      latest: null,
      updateCount: 0,
      rounds: [],
      roundDates: {},
    });
  });

  it('takes the latest live update and the rounds reported', () => {
    const early = {
      ...makeUpdate('u1'),
      date: '2024-12-01',
      round: 'six-month' as const,
      percent: 30,
    };
    const late = reviseRecord(
      makeUpdate('u2'),
      {
        date: '2025-06-01',
        round: 'annual',
        status: 'completed',
        percent: 100,
      },
      '2025-06-01T00:00:00.000Z',
    );
    const gone = deleteRecord(
      { ...makeUpdate('u3'), date: '2025-09-01' },
      '2025-09-02T00:00:00.000Z',
    );
    const other = {
      ...makeUpdate('u4', 'another-measure'),
      date: '2025-09-10',
    };
    const summary = summarize(measure, [early, late, gone, other]);
    expect(summary.latest).toEqual({
      date: '2025-06-01',
      status: 'completed',
      percent: 100,
    });
    expect(summary.updateCount).toBe(2);
    expect(summary.rounds).toEqual(['annual', 'six-month']);
    // The annual round takes the June update, the 6-month one December's.
    expect(summary.roundDates).toEqual({
      'six-month': '2024-12-01',
      annual: '2025-06-01',
    });
  });

  it('keeps the rounds the updates count for, by the one rule for rounds', () => {
    const update = (id: string, date: string, round: Round) => ({
      ...makeUpdate(id),
      date,
      round,
    });
    // 1 December counts for the whole year too, whatever its round says.
    expect(
      summarize(measure, [update('u1', '2024-12-01', 'six-month')]).rounds,
    ).toEqual(['annual', 'six-month']);
    // A 6-month report handed in late, in April: both rounds.
    expect(
      summarize(measure, [update('u1', '2025-04-10', 'six-month')]).rounds,
    ).toEqual(['annual', 'six-month']);
    expect(
      summarize(measure, [update('u1', '2025-04-10', 'annual')]).rounds,
    ).toEqual(['annual']);
    // An annual report handed in late, in October of the next year.
    expect(
      summarize(measure, [update('u1', '2025-10-05', 'annual')]).rounds,
    ).toEqual(['annual']);
    // Dated before the fiscal year: no round of it.
    expect(
      summarize(measure, [update('u1', '2024-09-01', 'annual')]).rounds,
    ).toEqual([]);
  });
});
