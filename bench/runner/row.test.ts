import { describe, expect, it } from 'vitest';

import { makeRow } from './row';

const ratio = { kind: 'ratio', max: 1 } as const;

describe('a row of the benchmark', () => {
  it('judges a ratio at the province scale', () => {
    const fast = makeRow({
      scale: 'province',
      figure: 'import',
      unit: 'ms',
      app: [90, 80, 100],
      baseline: [100, 100, 100],
      target: ratio,
    });
    expect(fast.ratio).toBeCloseTo(0.9);
    expect(fast.ok).toBe(true);
    const slow = makeRow({
      ...fast,
      app: [120],
      baseline: [100],
      target: ratio,
    });
    expect(slow.ok).toBe(false);
  });

  it('does not judge the office scale, a check that the benchmark runs', () => {
    const row = makeRow({
      scale: 'office',
      figure: 'import',
      unit: 'ms',
      app: [300],
      baseline: [10],
      target: ratio,
    });
    expect(row.ratio).toBe(30);
    expect(row.ok).toBeNull();
  });

  it('keeps "under" strict', () => {
    const at = (value: number) =>
      makeRow({
        scale: 'province',
        figure: 'typing',
        unit: 'ms',
        app: [value],
        target: { kind: 'value', max: 50, strict: true },
      }).ok;
    expect([at(49.9), at(50)]).toEqual([true, false]);
  });
});
