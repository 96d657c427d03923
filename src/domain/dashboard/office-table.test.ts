import { describe, expect, it } from 'vitest';

import { dashboardRow, type RowSpec } from '@/testing/dashboard-rows';

import type { OfficeKind } from '../types';
import { measureFacts } from './measure-facts';
import { compareOffices, type ComparedOffice } from './office-comparison';
import {
  ANY_OFFICE,
  filterOffices,
  placeChoices,
  sortOffices,
  type OfficeSortKey,
} from './office-table';

const office = (
  id: string,
  name: string,
  province: string,
  district: string,
  kind: OfficeKind,
): ComparedOffice => ({ id, name, province, district, kind });

const OFFICES = [
  office(
    'k',
    'เทศบาลตำบลขุนแก้ว',
    'นครปฐม',
    'นครชัยศรี',
    'subdistrict-municipality',
  ),
  office('l', 'อบต.ลำปางหลวง', 'ลำปาง', 'เกาะคา', 'sao'),
  office('n', 'เทศบาลนครลำปาง', 'ลำปาง', 'เมืองลำปาง', 'city-municipality'),
  office('e', 'อบต.ว่าง', 'ลำปาง', 'เกาะคา', 'sao'),
];
const late = (id: string, officeId: string): RowSpec => ({
  id,
  officeId,
  latest: { date: '2025-01-01', status: 'late' },
});
const done = (id: string, officeId: string): RowSpec => ({
  id,
  officeId,
  latest: { date: '2025-01-01', status: 'completed' },
});

const ROWS = compareOffices(
  OFFICES,
  measureFacts(
    [
      late('k1', 'k'),
      late('k2', 'k'),
      done('k3', 'k'),
      late('l1', 'l'),
      done('n1', 'n'),
      done('n2', 'n'),
    ].map(dashboardRow),
    '2025-02-15',
  ),
);
const ids = (rows: { office: { id: string } }[]) =>
  rows.map((r) => r.office.id);

describe('filterOffices', () => {
  it.each([
    { name: 'no filter', filter: {}, expected: ['k', 'l', 'n', 'e'] },
    {
      name: 'province',
      filter: { province: 'ลำปาง' },
      expected: ['l', 'n', 'e'],
    },
    {
      name: 'province and district',
      filter: { province: 'ลำปาง', district: 'เกาะคา' },
      expected: ['l', 'e'],
    },
    { name: 'kind', filter: { kind: 'sao' as const }, expected: ['l', 'e'] },
    {
      name: 'name, ignoring surrounding spaces',
      filter: { text: ' ลำปาง ' },
      expected: ['l', 'n'],
    },
    { name: 'nothing matches', filter: { province: 'เชียงใหม่' }, expected: [] },
  ])('$name', ({ filter, expected }) => {
    expect(ids(filterOffices(ROWS, { ...ANY_OFFICE, ...filter }))).toEqual(
      expected,
    );
  });
});

describe('placeChoices', () => {
  it('lists provinces, and the districts of the chosen province, once each and sorted', () => {
    expect(placeChoices(ROWS, '')).toEqual({
      provinces: ['นครปฐม', 'ลำปาง'],
      districts: ['เกาะคา', 'นครชัยศรี', 'เมืองลำปาง'],
    });
    expect(placeChoices(ROWS, 'ลำปาง').districts).toEqual([
      'เกาะคา',
      'เมืองลำปาง',
    ]);
  });
});

describe('sortOffices', () => {
  it.each<{
    key: OfficeSortKey;
    direction: 'ascending' | 'descending';
    expected: string[];
  }>([
    { key: 'name', direction: 'ascending', expected: ['k', 'n', 'l', 'e'] },
    { key: 'name', direction: 'descending', expected: ['e', 'l', 'n', 'k'] },
    // n and e have no late measure: the tie keeps the name order.
    { key: 'late', direction: 'descending', expected: ['k', 'l', 'n', 'e'] },
    { key: 'late', direction: 'ascending', expected: ['n', 'e', 'l', 'k'] },
    { key: 'total', direction: 'descending', expected: ['k', 'n', 'l', 'e'] },
    // An office with no measure has no rate: last in both directions.
    {
      key: 'completion',
      direction: 'descending',
      expected: ['n', 'k', 'l', 'e'],
    },
    {
      key: 'completion',
      direction: 'ascending',
      expected: ['l', 'k', 'n', 'e'],
    },
    { key: 'place', direction: 'ascending', expected: ['k', 'l', 'e', 'n'] },
  ])('by $key, $direction', ({ key, direction, expected }) => {
    expect(ids(sortOffices(ROWS, { key, direction }))).toEqual(expected);
  });

  it('leaves its input as it was', () => {
    const before = ids(ROWS);
    sortOffices(ROWS, { key: 'name', direction: 'descending' });
    expect(ids(ROWS)).toEqual(before);
  });
});
