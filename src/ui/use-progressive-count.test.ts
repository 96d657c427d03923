import { describe, expect, it } from 'vitest';

import { nextCount } from './use-progressive-count';

describe('nextCount', () => {
  it('draws a step more each slice', () => {
    expect(nextCount(10, 66, 8)).toBe(18);
  });

  it('never draws past the last item, so the slices end', () => {
    expect(nextCount(64, 66, 8)).toBe(66);
    expect(nextCount(66, 66, 8)).toBe(66);
  });

  it('always moves on, even given a step of nothing', () => {
    expect(nextCount(3, 66, 0)).toBe(4);
  });
});
