import { describe, expect, it } from 'vitest';

import {
  deadlineId,
  defaultDue,
  dueDatesOf,
  dueProblem,
  daysToDue,
  openRound,
  remindersOn,
} from './deadlines';
import type { RoundDeadline } from './types';

const stored = (
  fiscalYear: number,
  round: RoundDeadline['round'],
  due: string,
  deleted?: boolean,
): RoundDeadline => ({
  id: deadlineId(fiscalYear, round),
  rev: '1-00000000000000000000000000000000',
  revs: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  fiscalYear,
  round,
  due,
  ...(deleted ? { deleted } : {}),
});

describe('round deadlines', () => {
  it('are due a month after the round ends when none is set: 30 April and 31 October', () => {
    expect(defaultDue(2568, 'six-month')).toBe('2025-04-30');
    expect(defaultDue(2568, 'annual')).toBe('2025-10-31');
    expect(dueDatesOf(2568, [])).toEqual([
      {
        fiscalYear: 2568,
        round: 'six-month',
        due: '2025-04-30',
        isDefault: true,
      },
      { fiscalYear: 2568, round: 'annual', due: '2025-10-31', isDefault: true },
    ]);
  });

  it('take the date set for the year and round, not a deleted one nor another year’s', () => {
    const set = [
      stored(2568, 'six-month', '2025-04-15'),
      stored(2568, 'annual', '2025-10-20', true),
      stored(2567, 'annual', '2024-10-10'),
    ];
    expect(dueDatesOf(2568, set)).toEqual([
      {
        fiscalYear: 2568,
        round: 'six-month',
        due: '2025-04-15',
        isDefault: false,
      },
      { fiscalYear: 2568, round: 'annual', due: '2025-10-31', isDefault: true },
    ]);
  });

  it('have one id per fiscal year and round, the same on every device', () => {
    expect(deadlineId(2568, 'six-month')).toBe('deadline-2568-six-month');
    expect(deadlineId(2568, 'annual')).not.toBe(deadlineId(2569, 'annual'));
  });

  it('refuse a due date before the round starts or after a late report stops counting', () => {
    expect(dueProblem(2568, 'six-month', '2024-09-30')).toBe('beforeStart');
    expect(dueProblem(2568, 'annual', '2024-09-30')).toBe('beforeStart');
    expect(dueProblem(2568, 'six-month', '2024-10-01')).toBeNull();
    expect(dueProblem(2568, 'six-month', '2025-09-30')).toBeNull();
    expect(dueProblem(2568, 'six-month', '2025-10-01')).toBe('afterLate');
    expect(dueProblem(2568, 'annual', '2026-03-31')).toBeNull();
    expect(dueProblem(2568, 'annual', '2026-04-01')).toBe('afterLate');
    expect(dueProblem(2568, 'annual', '2025-02-30')).toBe('notADate');
  });

  it('count the days to the due date, negative once it has passed', () => {
    expect(daysToDue('2025-04-20', '2025-04-30')).toBe(10);
    expect(daysToDue('2025-04-30', '2025-04-30')).toBe(0);
    expect(daysToDue('2025-05-02', '2025-04-30')).toBe(-2);
  });

  it('open the round whose report is due next among those begun: the 6-month one until it is due, then the annual one', () => {
    const dues = dueDatesOf(2568, []);
    expect(openRound(dues, '2024-09-30')).toBeNull();
    expect(openRound(dues, '2024-10-01')?.round).toBe('six-month');
    expect(openRound(dues, '2025-04-30')?.round).toBe('six-month');
    expect(openRound(dues, '2025-05-01')?.round).toBe('annual');
    expect(openRound(dues, '2025-10-31')?.round).toBe('annual');
    expect(openRound(dues, '2025-11-01')).toBeNull();
    // A date set early closes the round early.
    const early = dueDatesOf(2568, [stored(2568, 'six-month', '2025-03-15')]);
    expect(openRound(early, '2025-03-16')?.round).toBe('annual');
  });

  it('remind from N days before a due date until the day itself, across fiscal years, nearest first', () => {
    const dues = [...dueDatesOf(2568, []), ...dueDatesOf(2569, [])];
    expect(remindersOn(dues, '2025-04-15', 14)).toEqual([]);
    expect(remindersOn(dues, '2025-04-16', 14)).toEqual([
      { ...dues[0], days: 14 },
    ]);
    expect(remindersOn(dues, '2025-04-30', 14).map((r) => r.days)).toEqual([0]);
    expect(remindersOn(dues, '2025-05-01', 14)).toEqual([]);
    expect(remindersOn(dues, '2025-10-25', 7)).toEqual([
      { ...dues[1], days: 6 },
    ]);
    expect(remindersOn(dues, '2025-04-30', 0).map((r) => r.days)).toEqual([0]);
  });
});
