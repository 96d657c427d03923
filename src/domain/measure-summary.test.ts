import { describe, expect, it } from 'vitest';

import { makeMeasure, makeUpdate } from '@/testing/records';

import { summarize } from './measure-summary';
import { deleteRecord, reviseRecord } from './revision';

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
  });
});
