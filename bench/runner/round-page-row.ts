/**
 * The round page at scale (issue 13): the longest main-thread task once
 * its data is read (the app's `round-page-data` mark), while it opens and
 * draws the figures and the table, then while the table is sorted by days
 * late. Every task is in Chrome's trace ("toplevel" RunTask events, as the
 * typing row reads them), and the mark is there too (blink.user_timing),
 * on the same clock; the longest task while reading is kept as a phase.
 * Every imported office is on the expected list (bench.expectAllOffices).
 */
import type { BrowserContext, Page } from '@playwright/test';

import type { ScaleName } from '../shared/scales';
import { freshPage } from './browser';
import { makeRow, pendingRow, type Row } from './row';
import { threadKey, traced, type TraceEvent } from './trace';

export const ROUND_DATA_MARK = 'round-page-data';
const SORT_MARK = 'bench-round-sort';
/** The bench data's fiscal year (bench/page/office-records.ts). */
const ROUND_PATH = '/rounds/2569/six-month';
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const TARGET = { kind: 'value', max: 50, strict: true } as const;
const FIGURE =
  'longest main-thread task on the round page after its data is read (open, then sort)';

interface Tasks {
  reading: number;
  open: number;
  sort: number;
}

/**
 * The longest main-thread task before the first mark, between the two, and
 * after. A task across a mark counts in each phase for its part in it: the
 * data is read, and marked, at the end of the task that read it, and only
 * what that task runs after the mark is the page's opening.
 */
export function longestTasks(
  events: readonly TraceEvent[],
  threads: Map<string, string>,
): Tasks | null {
  const markAt = (name: string) =>
    events.find((e) => e.name === name && e.cat.includes('blink.user_timing'))
      ?.ts;
  const read = markAt(ROUND_DATA_MARK);
  const sort = markAt(SORT_MARK);
  if (read === undefined || sort === undefined) return null;
  const tasks = { reading: 0, open: 0, sort: 0 };
  const phases = [
    ['reading', -Infinity, read],
    ['open', read, sort],
    ['sort', sort, Infinity],
  ] as const;
  for (const e of events) {
    if (e.ph !== 'X' || !TASK_EVENTS.has(e.name)) continue;
    if (threads.get(threadKey(e)) !== 'CrRendererMain') continue;
    const end = e.ts + (e.dur ?? 0);
    for (const [phase, from, to] of phases) {
      const part = (Math.min(end, to) - Math.max(e.ts, from)) / 1000;
      if (part > 0) tasks[phase] = Math.max(tasks[phase], part);
    }
  }
  return tasks;
}

async function roundPageOnce(
  context: BrowserContext,
  url: string,
): Promise<Tasks | null> {
  const page: Page = await freshPage(context);
  try {
    const { events, threads } = await traced(
      page,
      ['toplevel', 'blink.user_timing'],
      async () => {
        await page.goto(`${url}${ROUND_PATH}`);
        const table = page.locator('.round-table tbody tr[aria-rowindex]');
        await table.first().waitFor({ timeout: 120_000 });
        await page.waitForTimeout(1000); // what the first draw left to do
        await page.evaluate((name) => performance.mark(name), SORT_MARK);
        const header = page.locator('.round-table th').nth(4);
        await header.locator('button').click();
        await page
          .locator('.round-table th[aria-sort="descending"]')
          .waitFor({ timeout: 60_000 });
        await page.waitForTimeout(1000);
      },
    );
    return longestTasks(events, threads);
  } finally {
    await page.close();
  }
}

export async function roundPageRow(
  context: BrowserContext,
  bench: Page,
  url: string,
  scale: ScaleName,
  runs: number,
): Promise<Row> {
  const expected = await bench.evaluate(() => window.bench.expectAllOffices());
  const longest: number[] = [];
  const phases: Tasks[] = [];
  for (let run = 0; run < runs; run++) {
    const tasks = await roundPageOnce(context, url);
    if (!tasks)
      return pendingRow(
        scale,
        FIGURE,
        'ms',
        TARGET,
        `no "${ROUND_DATA_MARK}" mark on ${ROUND_PATH} (issue 13)`,
      );
    phases.push(tasks);
    longest.push(Math.max(tasks.open, tasks.sort));
  }
  const median = (pick: (t: Tasks) => number) =>
    phases.map(pick).sort((a, b) => a - b)[Math.floor(phases.length / 2)] ?? 0;
  return makeRow({
    scale,
    figure: FIGURE,
    unit: 'ms',
    app: longest,
    target: TARGET,
    phases: {
      'longest task while reading': median((t) => t.reading),
      'longest task opening': median((t) => t.open),
      'longest task sorting': median((t) => t.sort),
    },
    note: `${expected} expected offices, the table sorted by days late`,
  });
}
