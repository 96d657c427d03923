import { describe, expect, it } from 'vitest';

import { matchesSearch, sortRows } from './table-sort';

const rows = [
  { name: 'ค', n: 2 as number | null },
  { name: 'ก', n: null },
  { name: 'ข', n: 2 },
  { name: 'ง', n: 10 },
];
const sorted = (direction: 'ascending' | 'descending') =>
  sortRows(
    rows,
    direction,
    (r) => r.n,
    (r) => r.name,
  ).map((r) => r.name);

describe('sortRows', () => {
  it('sorts figures as numbers (10 after 2), ties by name, nothing last', () => {
    expect(sorted('ascending')).toEqual(['ข', 'ค', 'ง', 'ก']);
    expect(sorted('descending')).toEqual(['ง', 'ข', 'ค', 'ก']);
  });

  it('sorts text in Thai order', () => {
    const names = ['เทศบาล', 'กองคลัง', 'อบต.'].map((name) => ({ name }));
    expect(
      sortRows(
        names,
        'ascending',
        (r) => r.name,
        (r) => r.name,
      ).map((r) => r.name),
    ).toEqual(['กองคลัง', 'เทศบาล', 'อบต.']);
  });
});

describe('matchesSearch', () => {
  it.each([
    ['เทศบาลตำบลขุนแก้ว', 'ขุนแก้ว', true],
    ['เทศบาลตำบลขุนแก้ว', '  ', true],
    ['Khun Kaeo', 'kaeo', true],
    ['เทศบาลตำบลขุนแก้ว', 'ลำปาง', false],
  ])('%s with %j: %s', (name, search, expected) => {
    expect(matchesSearch(name, search)).toBe(expected);
  });
});
