import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { makeMeasure, makeUpdate } from '@/testing/records';

import { latestUpdate } from './measure-status';
import {
  foldUpdate,
  summarize,
  summaryOf,
  type MeasureSummary,
} from './measure-summary';
import { roundsCountedFor } from './round';
import {
  ROUNDS,
  UPDATE_STATUSES,
  type Measure,
  type ProgressUpdate,
  type Round,
} from './types';

/**
 * A summary by its definition, all updates in hand: the latest live update,
 * how many are live, and every round of the measure's year one counts for.
 */
function defined(measure: Measure, updates: readonly ProgressUpdate[]) {
  const live = updates.filter((u) => u.measureId === measure.id && !u.deleted);
  const latest = latestUpdate(live);
  const rounds = new Set(
    live.flatMap((u) => roundsCountedFor(u, measure.fiscalYear)),
  );
  // The last date of the updates that count for each round.
  const roundDates: Partial<Record<Round, string>> = {};
  for (const round of ROUNDS) {
    const dates = live
      .filter((u) => roundsCountedFor(u, measure.fiscalYear).includes(round))
      .map((u) => u.date)
      .sort();
    const last = dates.at(-1);
    if (last !== undefined) roundDates[round] = last;
  }
  return {
    measureId: measure.id,
    officeId: measure.officeId,
    fiscalYear: measure.fiscalYear,
    latest: latest
      ? { date: latest.date, status: latest.status, percent: latest.percent }
      : null,
    updateCount: live.length,
    rounds: [...rounds].sort(),
    roundDates,
  } satisfies MeasureSummary;
}

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
        expect(summaryOf(measure, fold)).toEqual(defined(measure, updates));
        // summarize is the same fold over a measure's stored updates.
        expect(summarize(measure, updates)).toEqual(defined(measure, updates));
      }),
      { numRuns: 300 },
    );
  });

  it('of no update is an empty summary', () => {
    expect(summaryOf(measure, undefined)).toEqual(defined(measure, []));
    expect(summarize(measure, [])).toEqual(defined(measure, []));
  });
});
