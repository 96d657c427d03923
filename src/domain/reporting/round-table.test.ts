import { describe, expect, it } from 'vitest';

import type { ExpectedOffice } from '../expected/expected-office';
import { officeRoundState, type MeasureInRound } from './reporting-rate';
import {
  districtsOf,
  filterRoundRows,
  isOverdue,
  rankRoundRows,
  sortRoundRows,
  type ExpectedInRound,
  type RoundShow,
} from './round-table';
import {
  nearestRound,
  readRoundParams,
  readRoundQuery,
  roundQuery,
} from './round-url';

const DUE = '2025-04-30';
const TODAY = '2025-05-10';

function row(
  name: string,
  district: string,
  lastDates: (string | null)[],
  approved = false,
): ExpectedInRound {
  const office: ExpectedOffice = {
    id: name,
    name,
    kind: null,
    district,
    province: 'ลำปาง',
    officeId: name,
    source: 'csv',
    addedAt: '2025-01-01T00:00:00.000Z',
  };
  const measures: MeasureInRound[] = lastDates.map((lastDate) => ({
    lastDate,
    completed: false,
  }));
  return {
    office,
    state: officeRoundState(
      { id: name, district, measures, approved },
      DUE,
      TODAY,
    ),
  };
}

// In the list's Thai name order, as db/expected-offices gives them.
const rows = rankRoundRows([
  row('ทต.ก', 'เมือง', ['2025-03-01', null], true), // approved, on time
  row('ทต.ข', 'เกาะคา', ['2025-05-05']), // received 5 days late
  row('ทต.ค', 'เมือง', ['2025-04-30', '2025-04-01']), // on time, awaiting
  row('อบต.ง', 'แจ้ห่ม', [null]), // not received, overdue
  row('อบต.จ', '', []), // nothing imported, overdue
]);
const names = (list: readonly ExpectedInRound[]) =>
  list.map((r) => r.office.name);

describe('filterRoundRows', () => {
  it.each([
    ['all', ['ทต.ก', 'ทต.ข', 'ทต.ค', 'อบต.ง', 'อบต.จ']],
    ['received', ['ทต.ก', 'ทต.ข', 'ทต.ค']],
    ['on-time', ['ทต.ก', 'ทต.ค']],
    ['approved', ['ทต.ก']],
    ['awaiting-approval', ['ทต.ข', 'ทต.ค']],
    ['late', ['ทต.ข']],
    ['not-received', ['อบต.ง', 'อบต.จ']],
    ['overdue', ['อบต.ง', 'อบต.จ']],
  ] as [RoundShow, string[]][])('shows %s', (show, expected) => {
    expect(names(filterRoundRows(rows, { show, district: '' }))).toEqual(
      expected,
    );
  });

  it('narrows to a district', () => {
    expect(
      names(filterRoundRows(rows, { show: 'received', district: 'เมือง' })),
    ).toEqual(['ทต.ก', 'ทต.ค']);
  });

  it('finds nothing overdue before the due date or without one', () => {
    const early = officeRoundState(
      { id: 'x', district: '', measures: [], approved: false },
      DUE,
      '2025-04-01',
    );
    const undated = officeRoundState(
      { id: 'x', district: '', measures: [], approved: false },
      null,
      TODAY,
    );
    expect(isOverdue(early)).toBe(false);
    expect(isOverdue(undated)).toBe(false);
  });
});

describe('sortRoundRows', () => {
  it('sorts by each column, nothing to sort by last, ties in name order', () => {
    const by = (
      key: Parameters<typeof sortRoundRows>[1]['key'],
      d = 'ascending' as const,
    ) => names(sortRoundRows(rows, { key, direction: d }));
    expect(by('name')).toEqual(['ทต.ก', 'ทต.ข', 'ทต.ค', 'อบต.ง', 'อบต.จ']);
    expect(
      names(sortRoundRows(rows, { key: 'name', direction: 'descending' })),
    ).toEqual(['อบต.จ', 'อบต.ง', 'ทต.ค', 'ทต.ข', 'ทต.ก']);
    // '' sorts first in Thai order; then เกาะคา, แจ้ห่ม, เมือง.
    expect(by('district')).toEqual(['อบต.จ', 'ทต.ข', 'อบต.ง', 'ทต.ก', 'ทต.ค']);
    expect(by('state')).toEqual(['อบต.ง', 'อบต.จ', 'ทต.ข', 'ทต.ค', 'ทต.ก']);
    expect(
      names(
        sortRoundRows(rows, { key: 'receivedOn', direction: 'descending' }),
      ),
    ).toEqual(['ทต.ข', 'ทต.ค', 'ทต.ก', 'อบต.ง', 'อบต.จ']);
    expect(
      names(sortRoundRows(rows, { key: 'daysLate', direction: 'descending' })),
    ).toEqual(['อบต.ง', 'อบต.จ', 'ทต.ข', 'ทต.ก', 'ทต.ค']);
    // Shares: 1/2, 1, 1, 0; no measure (อบต.จ) last.
    expect(by('reported')).toEqual(['อบต.ง', 'ทต.ก', 'ทต.ข', 'ทต.ค', 'อบต.จ']);
  });

  it('lists districts in Thai order without the empty one', () => {
    expect(districtsOf(rows)).toEqual(['เกาะคา', 'แจ้ห่ม', 'เมือง']);
  });
});

describe('the URL of a filter and order', () => {
  it('reads what it writes', () => {
    const filter = { show: 'overdue' as const, district: 'เมือง' };
    const sort = { key: 'daysLate' as const, direction: 'descending' as const };
    expect(readRoundQuery(roundQuery(filter, sort))).toEqual({ filter, sort });
  });

  it('leaves the defaults out and reads anything unknown as them', () => {
    expect(
      roundQuery(
        { show: 'all', district: '' },
        { key: 'name', direction: 'ascending' },
      ),
    ).toBe('');
    expect(readRoundQuery('?show=everything&sort=colour')).toEqual({
      filter: { show: 'all', district: '' },
      sort: { key: 'name', direction: 'ascending' },
    });
  });

  it('reads a round page path, refusing an unknown round or year', () => {
    expect(readRoundParams('2568', 'six-month')).toEqual({
      fiscalYear: 2568,
      round: 'six-month',
    });
    expect(readRoundParams('2568', 'quarter')).toBeNull();
    expect(readRoundParams('2025', 'annual')).toBeNull();
    expect(readRoundParams('25x8', 'annual')).toBeNull();
  });
});

describe('nearestRound', () => {
  const dues = [
    { round: 'six-month', due: '2024-04-30' },
    { round: 'annual', due: '2024-10-31' },
    { round: 'six-month', due: '2025-04-30' },
    { round: 'annual', due: '2025-10-31' },
  ];
  it.each([
    ['2025-05-10', '2025-04-30'],
    ['2025-08-01', '2025-10-31'],
    ['2024-10-15', '2024-10-31'],
    ['2025-02-15', '2025-04-30'],
  ])('on %s is the round due %s', (today, due) => {
    expect(nearestRound(dues, today)?.due).toBe(due);
  });

  it('takes the past one of two as near', () => {
    expect(
      nearestRound([{ due: '2025-05-10' }, { due: '2025-05-20' }], '2025-05-15')
        ?.due,
    ).toBe('2025-05-10');
  });
});
