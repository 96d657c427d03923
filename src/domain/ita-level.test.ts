import { describe, expect, it } from 'vitest';

import { suggestedItaLevel } from './ita-level';

describe('suggestedItaLevel', () => {
  it.each([
    [100, 'AA'],
    [96.73, 'AA'],
    [95, 'AA'],
    [94.99, 'A'],
    [85, 'A'],
    [75, 'B'],
    [65, 'C'],
    [55, 'D'],
    [50, 'E'],
    [49.99, 'F'],
    [0, 'F'],
  ])('%s → %s', (score, level) => {
    expect(suggestedItaLevel(score)).toBe(level);
  });
});
