import { describe, expect, it } from 'vitest';

import { filterFromSearch } from './filter-from-search';
import { NO_FILTER } from './measure-filters';

describe('filterFromSearch', () => {
  it.each([
    ['', NO_FILTER],
    ['status=late', { ...NO_FILTER, status: 'late' }],
    ['status=finished', NO_FILTER],
    [
      'unit=u1&q=%E0%B8%97%E0%B8%A3%E0%B8%B1%E0%B8%9E%E0%B8%A2%E0%B9%8C',
      { ...NO_FILTER, unitId: 'u1', text: 'ทรัพย์' },
    ],
    ['ids=a,b,,c', { ...NO_FILTER, ids: ['a', 'b', 'c'] }],
    [
      '?status=completed&ids=a',
      { ...NO_FILTER, status: 'completed', ids: ['a'] },
    ],
  ])('%s', (search, expected) => {
    expect(filterFromSearch(search)).toEqual(expected);
  });
});
