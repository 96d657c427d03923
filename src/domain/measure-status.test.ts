import { describe, it, expect } from 'vitest';

import {
  daysLate,
  lateAfterUpdate,
  lateReason,
  latestUpdate,
  measureStatus,
} from './measure-status';
import type {
  Measure,
  MeasureStatus,
  Period,
  ProgressUpdate,
  UpdateStatus,
} from './types';

function measureOf(period: Period, fiscalYear = 2568): Measure {
  return {
    id: 'm1',
    rev: '1-00000000000000000000000000000000',
    revs: [],
    createdAt: '2024-10-01T00:00:00.000Z',
    updatedAt: '2024-10-01T00:00:00.000Z',
    officeId: 'o1',
    fiscalYear,
    order: 1,
    title: 'มาตรการ',
    methods: [],
    period,
    allUnits: true,
    unitIds: [],
    expectedOutcome: '',
    weakness: '',
    evidence: [],
  };
}

function updateOf(
  date: string,
  status: UpdateStatus,
  percent = 0,
  extra: Partial<ProgressUpdate> = {},
): ProgressUpdate {
  return {
    id: `u-${date}-${status}`,
    rev: '1-00000000000000000000000000000000',
    revs: [],
    createdAt: `${date}T00:00:00.000Z`,
    updatedAt: `${date}T00:00:00.000Z`,
    measureId: 'm1',
    officeId: 'o1',
    date,
    round: 'six-month',
    status,
    percent,
    result: '',
    suggestions: '',
    outcome: '',
    problems: '',
    evidence: [],
    reporter: '',
    ...extra,
  };
}

const wholeYear = measureOf({ kind: 'fiscal-year' });
const toMarch = measureOf({ kind: 'months', from: '2024-10', to: '2025-03' });
const december = measureOf({ kind: 'months', from: '2023-12', to: '2023-12' });
const leapFeb = measureOf(
  { kind: 'months', from: '2023-10', to: '2024-02' },
  2567,
);

describe('latestUpdate', () => {
  const a = updateOf('2025-01-10', 'in-progress', 10, { id: 'a' });
  const b = updateOf('2025-02-10', 'in-progress', 20, { id: 'b' });
  const laterEdit = { ...a, id: '0', updatedAt: '2025-01-11T00:00:00.000Z' };
  const sameAll = { ...a, id: 'd' };
  const deletedNewest = updateOf('2025-03-01', 'completed', 100, {
    deleted: true,
  });

  it.each<[string, ProgressUpdate[], ProgressUpdate | undefined]>([
    ['none', [], undefined],
    ['one', [a], a],
    ['by date', [b, a], b],
    ['by date, either order', [a, b], b],
    ['ties by updatedAt', [laterEdit, a], laterEdit],
    ['then by id', [sameAll, a], sameAll],
    ['then by id, either order', [a, sameAll], sameAll],
    ['ignores deleted', [a, deletedNewest, b], b],
    ['only deleted', [deletedNewest], undefined],
  ])('%s', (_name, updates, expected) => {
    expect(latestUpdate(updates)).toBe(expected);
  });
});

describe('measureStatus', () => {
  const done = (date: string) => updateOf(date, 'completed', 100);
  // prettier-ignore
  it.each<[string, Measure, ProgressUpdate[], string, MeasureStatus]>([
    ['no updates', wholeYear, [], '2024-11-01', 'not-started'],
    ['latest not-started', wholeYear, [updateOf('2024-11-01', 'not-started')], '2024-12-01', 'not-started'],
    ['in progress', wholeYear, [updateOf('2024-11-01', 'in-progress', 30)], '2024-12-01', 'in-progress'],
    ['percent > 0 means in progress', wholeYear, [updateOf('2024-11-01', 'not-started', 5)], '2024-12-01', 'in-progress'],
    ['reported late', wholeYear, [updateOf('2024-11-01', 'late', 30)], '2024-12-01', 'late'],
    ['completed', wholeYear, [done('2024-11-01')], '2026-01-01', 'completed'],
    ['percent 100 completes', wholeYear, [updateOf('2024-11-01', 'in-progress', 100)], '2026-01-01', 'completed'],
    ['cancelled', wholeYear, [updateOf('2024-11-01', 'cancelled', 100)], '2026-01-01', 'cancelled'],
    ['the latest wins', wholeYear, [done('2024-11-01'), updateOf('2024-12-01', 'in-progress', 60)], '2024-12-15', 'in-progress'],
    ['a deleted completion does not count', wholeYear, [updateOf('2024-11-01', 'in-progress', 40), { ...done('2024-12-01'), deleted: true }], '2024-12-15', 'in-progress'],
    ["another measure's updates do not count", wholeYear, [{ ...done('2024-11-01'), measureId: 'm2' }], '2024-12-15', 'not-started'],
    // 30 Sep / 1 Oct: the end of a whole-year period.
    ['whole year, last day', wholeYear, [], '2025-09-30', 'not-started'],
    ['whole year, day after', wholeYear, [], '2025-10-01', 'late'],
    ['whole year, day after, in progress', wholeYear, [updateOf('2025-09-01', 'in-progress', 80)], '2025-10-01', 'late'],
    ['whole year, day after, completed', wholeYear, [done('2025-09-30')], '2025-10-01', 'completed'],
    ['whole year, day after, cancelled', wholeYear, [updateOf('2025-09-30', 'cancelled')], '2025-10-01', 'cancelled'],
    // 31 Mar / 1 Apr: the end of the six-month round.
    ['to March, 31 Mar', toMarch, [updateOf('2025-03-01', 'in-progress', 50)], '2025-03-31', 'in-progress'],
    ['to March, 1 Apr', toMarch, [updateOf('2025-03-01', 'in-progress', 50)], '2025-04-01', 'late'],
    // 29 Feb of a leap year.
    ['leap February, 28 Feb', leapFeb, [], '2024-02-28', 'not-started'],
    ['leap February, 29 Feb', leapFeb, [], '2024-02-29', 'not-started'],
    ['leap February, 1 Mar', leapFeb, [], '2024-03-01', 'late'],
    // A period before the fiscal year (the fixture's measure ๑๐).
    ['December 2023, in FY2568', december, [], '2024-10-01', 'late'],
    ['December 2023, done', december, [done('2023-12-20')], '2024-10-01', 'completed'],
  ])('%s', (_name, measure, updates, today, expected) => {
    expect(measureStatus(measure, updates, today)).toBe(expected);
  });

  it('throws on a malformed today', () => {
    expect(() => measureStatus(wholeYear, [], '2025-9-30')).toThrow(RangeError);
  });
});

describe('daysLate', () => {
  // prettier-ignore
  it.each<[string, Measure, ProgressUpdate[], string, number]>([
    ['before the end', wholeYear, [], '2025-06-01', 0],
    ['on the last day', wholeYear, [], '2025-09-30', 0],
    ['the day after', wholeYear, [], '2025-10-01', 1],
    ['a month after', wholeYear, [], '2025-10-31', 31],
    ['completed', wholeYear, [updateOf('2025-09-01', 'completed', 100)], '2025-10-31', 0],
    ['cancelled', wholeYear, [updateOf('2025-09-01', 'cancelled')], '2025-10-31', 0],
    ['reported late, period not over', wholeYear, [updateOf('2025-01-01', 'late', 10)], '2025-02-01', 0],
    ['to March, 1 Apr', toMarch, [], '2025-04-01', 1],
    ['leap February, 1 Mar', leapFeb, [], '2024-03-01', 1],
    ['leap February, 31 Mar', leapFeb, [], '2024-03-31', 31],
    ['December 2023 on 1 Oct 2024', december, [], '2024-10-01', 275],
  ])('%s', (_name, measure, updates, today, expected) => {
    expect(daysLate(measure, updates, today)).toBe(expected);
  });
});

describe('lateReason', () => {
  it('says the period ended without completion, and when', () => {
    expect(
      lateReason(
        toMarch,
        [updateOf('2025-03-01', 'in-progress', 60)],
        '2025-04-02',
      ),
    ).toEqual({
      kind: 'period-ended',
      periodEnd: '2025-03-31',
    });
  });

  it('says the latest update reported it late', () => {
    expect(
      lateReason(wholeYear, [updateOf('2025-01-01', 'late', 10)], '2025-02-01'),
    ).toEqual({
      kind: 'reported-late',
    });
  });

  it('is null for a measure that is not late', () => {
    expect(
      lateReason(
        toMarch,
        [updateOf('2025-03-01', 'completed', 100)],
        '2025-04-02',
      ),
    ).toBeNull();
    expect(lateReason(wholeYear, [], '2025-02-01')).toBeNull();
  });
});

describe('lateAfterUpdate', () => {
  const ongoing = updateOf('2025-03-01', 'in-progress', 60, { id: 'old' });
  const candidate = (date: string, status: UpdateStatus, percent = 0) => ({
    date,
    status,
    percent,
  });

  it('is late when the period has ended and the update does not finish the measure', () => {
    // The update itself says in progress: the measure stays late all the same.
    expect(
      lateAfterUpdate(
        toMarch,
        [ongoing],
        candidate('2025-04-05', 'in-progress', 80),
        '2025-04-05',
      ),
    ).toEqual({
      kind: 'period-ended',
      periodEnd: '2025-03-31',
    });
  });

  it('is not late once the update completes or cancels the measure', () => {
    expect(
      lateAfterUpdate(
        toMarch,
        [ongoing],
        candidate('2025-04-05', 'completed', 100),
        '2025-04-05',
      ),
    ).toBeNull();
    expect(
      lateAfterUpdate(
        toMarch,
        [ongoing],
        candidate('2025-04-05', 'in-progress', 100),
        '2025-04-05',
      ),
    ).toBeNull();
    expect(
      lateAfterUpdate(
        toMarch,
        [ongoing],
        candidate('2025-04-05', 'cancelled'),
        '2025-04-05',
      ),
    ).toBeNull();
  });

  it('is late when the update itself says late, within the period', () => {
    expect(
      lateAfterUpdate(
        wholeYear,
        [],
        candidate('2025-02-01', 'late', 10),
        '2025-02-01',
      ),
    ).toEqual({
      kind: 'reported-late',
    });
  });

  it('weighs the update among the others by date: an older one leaves the latest in charge', () => {
    const done = updateOf('2025-03-20', 'completed', 100, { id: 'done' });
    expect(
      lateAfterUpdate(
        toMarch,
        [done],
        candidate('2025-01-05', 'in-progress', 20),
        '2025-04-05',
      ),
    ).toBeNull();
    // Of the same date, the update being saved is the newer one.
    expect(
      lateAfterUpdate(
        toMarch,
        [done],
        candidate('2025-03-20', 'in-progress', 90),
        '2025-04-05',
      ),
    ).toEqual({
      kind: 'period-ended',
      periodEnd: '2025-03-31',
    });
  });

  it('is not late while the period runs and nothing says late', () => {
    expect(
      lateAfterUpdate(
        wholeYear,
        [],
        candidate('2025-02-01', 'in-progress', 10),
        '2025-02-01',
      ),
    ).toBeNull();
  });
});
