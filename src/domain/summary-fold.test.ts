import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { makeMeasure, makeUpdate } from '@/testing/records';

import { foldUpdate, summarize, summaryOf } from './measure-summary';
import { ROUNDS, UPDATE_STATUSES, type ProgressUpdate } from './types';

// From before FY2568 to after its annual round's late window, so the fold
// meets every case of the round rule.
const day = fc.integer({ min: 0, max: 24 }).chain((m) =>
  fc.integer({ min: 1, max: 28 }).map((d) => {
    const month = 8 + m; // from Sep 2024
    const year = 2024 + Math.floor((month - 1) / 12);
    const mm = String(((month - 1) % 12) + 1).padStart(2, '0');
    return `${year}-${mm}-${String(d).padStart(2, '0')}`;
  }),
);

const update = fc
  .record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    date: day,
    updatedAt: day.map((d) => `${d}T00:00:00.000Z`),
    status: fc.constantFrom(...UPDATE_STATUSES),
    percent: fc.integer({ min: 0, max: 100 }),
    round: fc.constantFrom(...ROUNDS),
    deleted: fc.boolean(),
  })
  .map(({ deleted, ...fields }): ProgressUpdate => ({
    ...makeUpdate(fields.id),
    ...fields,
    ...(deleted ? { deleted } : {}),
  }));

describe('a summary folded one update at a time', () => {
  const measure = makeMeasure();

  it('is the summary of all the updates, in any order', () => {
    fc.assert(
      fc.property(fc.array(update, { maxLength: 12 }), (updates) => {
        const fold = updates.reduce(
          (f, u) => foldUpdate(f, u),
          foldUpdate(undefined, { ...makeUpdate('x'), deleted: true }),
        );
        expect(summaryOf(measure, fold)).toEqual(summarize(measure, updates));
      }),
      { numRuns: 300 },
    );
  });

  it('of no update is an empty summary', () => {
    expect(summaryOf(measure, undefined)).toEqual(summarize(measure, []));
  });
});
