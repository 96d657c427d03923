import { describe, expect, it } from 'vitest';

import { makeMeasure } from '@/testing/records';

import {
  NO_FILTER,
  filterRows,
  missingInRound,
  type MeasureRow,
} from './measure-filters';

const row = (
  id: string,
  status: MeasureRow['status'],
  rounds: MeasureRow['rounds'] = [],
): MeasureRow => ({
  measure: makeMeasure(id),
  number: 1,
  status,
  percent: undefined,
  lastUpdate: undefined,
  rounds,
});
const ROWS = [row('a', 'late'), row('b', 'completed'), row('c', 'late')];

describe('filterRows by ids', () => {
  it.each([
    [[], ['a', 'b', 'c']],
    [
      ['a', 'b'],
      ['a', 'b'],
    ],
    [['gone'], []],
  ])('ids %j → %j', (ids, expected) => {
    const shown = filterRows(ROWS, { ...NO_FILTER, ids });
    expect(shown.map((r) => r.measure.id)).toEqual(expected);
  });

  it('combines ids with the status filter', () => {
    const shown = filterRows(ROWS, {
      ...NO_FILTER,
      ids: ['a', 'b'],
      status: 'late',
    });
    expect(shown.map((r) => r.measure.id)).toEqual(['a']);
  });
});

describe('missingInRound', () => {
  it('lists the measures without an update counted for the round, cancelled ones left out', () => {
    const rows = [
      row('a', 'in-progress', ['six-month', 'annual']),
      row('b', 'not-started'),
      row('c', 'cancelled'),
      row('d', 'late', ['annual']),
    ];
    expect(missingInRound(rows, 'six-month')).toEqual(['b', 'd']);
    expect(missingInRound(rows, 'annual')).toEqual(['b']);
  });
});
