import { describe, expect, it } from 'vitest';

import { itaTrend } from './ita-trend';

describe('itaTrend', () => {
  it.each([
    { name: 'nothing', results: [], measures: [], expected: [] },
    {
      name: 'results and measures of the same years, oldest first',
      results: [
        { fiscalYear: 2568, score: 96.73, level: 'AA' },
        { fiscalYear: 2567, score: 88.5, level: 'A' },
      ],
      measures: [
        [2567, 9],
        [2568, 11],
      ] as [number, number][],
      expected: [
        { fiscalYear: 2567, score: 88.5, level: 'A', measures: 9 },
        { fiscalYear: 2568, score: 96.73, level: 'AA', measures: 11 },
      ],
    },
    {
      name: 'a year with measures but no result yet, and a result with no measures',
      results: [{ fiscalYear: 2566, score: 80, level: 'B' }],
      measures: [[2568, 11]] as [number, number][],
      expected: [
        { fiscalYear: 2566, score: 80, level: 'B', measures: 0 },
        { fiscalYear: 2568, score: null, level: null, measures: 11 },
      ],
    },
  ])('$name', ({ results, measures, expected }) => {
    expect(itaTrend(results, new Map(measures))).toEqual(expected);
  });
});
