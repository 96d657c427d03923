import { afterEach, describe, expect, it, vi } from 'vitest';

import { progressMeter, type Progress } from './progress-meter';

describe('progressMeter', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends the first call of a phase, one a quarter second after, and the last, with the rate', () => {
    let now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const sent: Progress[] = [];
    const meter = progressMeter((p) => sent.push(p));
    meter('write', 0, 1000, 'records');
    now += 100;
    meter('write', 100, 1000, 'records'); // too soon: dropped
    now += 400;
    meter('write', 500, 1000, 'records');
    now += 10;
    meter('write', 1000, 1000, 'records'); // the last one always goes
    expect(sent.map((p) => [p.done, p.perSecond])).toEqual([
      [0, 0],
      [500, 1000],
      [1000, 1961],
    ]);
  });

  it('starts the rate again with each phase', () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const sent: Progress[] = [];
    const meter = progressMeter((p) => sent.push(p));
    meter('plan', 0, 10, 'records');
    now += 5_000;
    meter('write', 10, 20, 'records');
    expect(sent.map((p) => [p.phase, p.perSecond])).toEqual([
      ['plan', 0],
      ['write', 0],
    ]);
  });
});
