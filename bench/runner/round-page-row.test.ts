import { describe, expect, it } from 'vitest';

import { longestTasks, ROUND_DATA_MARK } from './round-page-row';
import type { TraceEvent } from './trace';

const MAIN = { pid: 1, tid: 2 };
const threads = new Map([['1:2', 'CrRendererMain']]);
const mark = (name: string, ms: number): TraceEvent => ({
  ...MAIN,
  name,
  cat: 'blink.user_timing',
  ph: 'R',
  ts: ms * 1000,
});
const task = (from: number, ms: number): TraceEvent => ({
  ...MAIN,
  name: 'ThreadControllerImpl::RunTask',
  cat: 'toplevel',
  ph: 'X',
  ts: from * 1000,
  dur: ms * 1000,
});

describe('the round page row', () => {
  it('takes the tasks before, between and after the marks', () => {
    const events = [
      mark(ROUND_DATA_MARK, 1000),
      mark('bench-round-sort', 3000),
      task(100, 400),
      task(1200, 30),
      task(3100, 20),
    ];
    expect(longestTasks(events, threads)).toEqual({
      reading: 400,
      open: 30,
      sort: 20,
    });
  });

  it('counts of the task that reads the data only what runs after the mark', () => {
    // The data is read, and marked, at the end of a long task: its 2 ms
    // after the mark are the page's, the 668 ms before are the reading.
    const events = [
      mark(ROUND_DATA_MARK, 1000),
      mark('bench-round-sort', 3000),
      task(332, 670),
      task(1200, 30),
      task(3100, 20),
    ];
    expect(longestTasks(events, threads)).toEqual({
      reading: 668,
      open: 30,
      sort: 20,
    });
  });
});
