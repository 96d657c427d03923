import { describe, expect, it } from 'vitest';

import type { ProgressUpdate } from '../types';
import { measureInRound } from './measure-in-round';

let n = 0;
const update = (
  date: string,
  extra: Partial<ProgressUpdate> = {},
): ProgressUpdate =>
  ({
    id: `u${n++}`,
    rev: '1-a',
    revs: [],
    createdAt: `${date}T00:00:00.000Z`,
    updatedAt: `${date}T00:00:00.000Z`,
    measureId: 'm',
    officeId: 'o',
    date,
    round: 'six-month',
    status: 'in-progress',
    percent: 50,
    note: '',
    links: [],
    ...extra,
  }) as ProgressUpdate;

describe('measureInRound', () => {
  it('takes the last update dated in the round', () => {
    const updates = [
      update('2024-11-01'),
      update('2025-03-31'),
      update('2025-06-01', { round: 'annual' }),
    ];
    expect(measureInRound(updates, 2568, 'six-month').lastDate).toBe(
      '2025-03-31',
    );
    expect(measureInRound(updates, 2568, 'annual').lastDate).toBe('2025-06-01');
  });

  it('takes an update handed in late for the round', () => {
    const updates = [update('2025-05-05', { round: 'six-month' })];
    expect(measureInRound(updates, 2568, 'six-month').lastDate).toBe(
      '2025-05-05',
    );
  });

  it('skips deleted updates, and reads completed from the latest', () => {
    const updates = [
      update('2024-12-01', { status: 'completed', percent: 100 }),
      update('2025-01-01', { deleted: true }),
    ];
    expect(measureInRound(updates, 2568, 'six-month')).toEqual({
      lastDate: '2024-12-01',
      completed: true,
    });
    expect(measureInRound([], 2568, 'six-month')).toEqual({
      lastDate: null,
      completed: false,
    });
  });
});
