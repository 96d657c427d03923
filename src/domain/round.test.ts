import { describe, it, expect } from 'vitest';

import {
  countsForRound,
  isHandedInLate,
  isInRound,
  lateRoundFor,
  roundOf,
  roundRange,
  roundsCountedFor,
  roundToStore,
} from './round';
import type { Round } from './types';

describe('roundRange', () => {
  it.each<[number, Round, string, string]>([
    [2568, 'six-month', '2024-10-01', '2025-03-31'],
    [2568, 'annual', '2024-10-01', '2025-09-30'],
    [2567, 'six-month', '2023-10-01', '2024-03-31'],
    [2567, 'annual', '2023-10-01', '2024-09-30'],
  ])('FY %i %s is %s – %s', (fy, round, start, end) => {
    expect(roundRange(fy, round)).toEqual({ start, end });
  });
});

describe('roundOf', () => {
  it.each<[string, Round]>([
    ['2024-10-01', 'six-month'],
    ['2024-12-31', 'six-month'],
    ['2025-01-01', 'six-month'],
    ['2025-03-31', 'six-month'],
    ['2025-04-01', 'annual'],
    ['2025-09-30', 'annual'],
    ['2025-10-01', 'six-month'],
    ['2024-02-29', 'six-month'],
    ['2024-09-30', 'annual'],
  ])('an update on %s belongs to the %s round', (date, round) => {
    expect(roundOf(date)).toBe(round);
  });
});

describe('isInRound', () => {
  it.each<[string, number, Round, boolean]>([
    ['2024-09-30', 2568, 'six-month', false],
    ['2024-10-01', 2568, 'six-month', true],
    ['2025-03-31', 2568, 'six-month', true],
    ['2025-04-01', 2568, 'six-month', false],
    ['2024-09-30', 2568, 'annual', false],
    ['2024-10-01', 2568, 'annual', true],
    ['2025-04-01', 2568, 'annual', true],
    ['2025-09-30', 2568, 'annual', true],
    ['2025-10-01', 2568, 'annual', false],
    ['2024-02-29', 2567, 'six-month', true],
    ['2024-02-29', 2568, 'annual', false],
  ])('%s in FY %i %s round: %s', (date, fy, round, expected) => {
    expect(isInRound(date, fy, round)).toBe(expected);
  });
});

describe('lateRoundFor', () => {
  it.each<[string, number, Round | null]>([
    ['2024-10-01', 2568, null],
    ['2025-03-31', 2568, null],
    ['2025-04-01', 2568, 'six-month'],
    ['2025-09-30', 2568, 'six-month'],
    ['2025-10-01', 2568, 'annual'],
    ['2026-03-31', 2568, 'annual'],
    ['2026-04-01', 2568, null],
    ['2024-09-30', 2568, null],
  ])(
    'an update on %s of a FY %i measure can be late for: %s',
    (date, fy, round) => {
      expect(lateRoundFor(date, fy)).toBe(round);
    },
  );
});

describe('countsForRound', () => {
  const update = (date: string, round: Round) => ({ date, round });

  it('counts an update dated within a round for it, whatever its round says', () => {
    // 1 December: in the 6-month round and in the whole year's.
    expect(
      countsForRound(update('2024-12-01', 'six-month'), 2568, 'six-month'),
    ).toBe(true);
    expect(
      countsForRound(update('2024-12-01', 'six-month'), 2568, 'annual'),
    ).toBe(true);
    expect(
      countsForRound(update('2024-12-01', 'annual'), 2568, 'six-month'),
    ).toBe(true);
    expect(countsForRound(update('2025-06-01', 'annual'), 2568, 'annual')).toBe(
      true,
    );
    expect(
      countsForRound(update('2025-06-01', 'annual'), 2568, 'six-month'),
    ).toBe(false);
  });

  it('counts a report handed in late for the round it says', () => {
    const april = update('2025-04-10', 'six-month');
    expect(countsForRound(april, 2568, 'six-month')).toBe(true);
    expect(countsForRound(april, 2568, 'annual')).toBe(true);
    const october = update('2025-10-05', 'annual');
    expect(countsForRound(october, 2568, 'annual')).toBe(true);
    expect(countsForRound(october, 2568, 'six-month')).toBe(false);
    // Not said to be late: an October update belongs to no round of the year before.
    expect(
      countsForRound(update('2025-10-05', 'six-month'), 2568, 'annual'),
    ).toBe(false);
  });

  it('counts a late report only within six months of the round', () => {
    expect(
      countsForRound(update('2025-10-01', 'six-month'), 2568, 'six-month'),
    ).toBe(false);
    expect(countsForRound(update('2026-04-01', 'annual'), 2568, 'annual')).toBe(
      false,
    );
    expect(countsForRound(update('2024-09-30', 'annual'), 2568, 'annual')).toBe(
      false,
    );
  });

  it('lists the rounds an update counts for', () => {
    expect(roundsCountedFor(update('2024-12-01', 'six-month'), 2568)).toEqual([
      'six-month',
      'annual',
    ]);
    expect(roundsCountedFor(update('2025-04-10', 'annual'), 2568)).toEqual([
      'annual',
    ]);
    expect(roundsCountedFor(update('2025-04-10', 'six-month'), 2568)).toEqual([
      'six-month',
      'annual',
    ]);
    expect(roundsCountedFor(update('2024-09-01', 'annual'), 2568)).toEqual([]);
  });
});

describe('roundToStore', () => {
  it('stores the round the date lies in, or the one handed in late for', () => {
    expect(roundToStore('2024-12-01', 2568, false)).toBe('six-month');
    // No late round for a date inside the 6-month round: the flag means nothing.
    expect(roundToStore('2024-12-01', 2568, true)).toBe('six-month');
    expect(roundToStore('2025-04-10', 2568, false)).toBe('annual');
    expect(roundToStore('2025-04-10', 2568, true)).toBe('six-month');
    expect(roundToStore('2025-10-05', 2568, true)).toBe('annual');
    expect(roundToStore('2025-10-05', 2568, false)).toBe('six-month');
  });

  it('is read back by isHandedInLate', () => {
    for (const date of [
      '2024-12-01',
      '2025-04-10',
      '2025-10-05',
      '2026-05-01',
    ]) {
      for (const late of [false, true]) {
        const round = roundToStore(date, 2568, late);
        const expected = late && lateRoundFor(date, 2568) !== null;
        expect(isHandedInLate({ date, round }, 2568)).toBe(expected);
      }
    }
  });
});
