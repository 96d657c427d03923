import { describe, it, expect } from 'vitest';

import { isInRound, roundOf, roundRange } from './round';
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
