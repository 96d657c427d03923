/**
 * The longest main-thread task while a person types into the new-measure
 * form with the scale's database loaded: every task of the page's main
 * thread is in Chrome's trace ("toplevel" RunTask events), not only those
 * over 50 ms that the Long Tasks API would report.
 */
import type { BrowserContext } from '@playwright/test';

import type { ScaleName } from '../shared/scales';
import { freshPage } from './browser';
import { makeRow, type Row } from './row';
import { threadKey, traced } from './trace';

const TYPED = 'มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ ๒๕๖๙';
/** About a fast typist's pace. */
const KEY_DELAY_MS = 60;
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

async function longestTaskOnce(
  context: BrowserContext,
  url: string,
): Promise<number> {
  const page = await freshPage(context);
  try {
    await page.goto(`${url}/measures/new`);
    const title = page.locator('textarea[name="title"]');
    await title.waitFor();
    await page.waitForTimeout(1000); // let the page's own start-up work finish
    const { events, threads } = await traced(page, ['toplevel'], async () => {
      await title.pressSequentially(TYPED, { delay: KEY_DELAY_MS });
      await page.waitForTimeout(1000); // the draft is saved after a pause
    });
    let longest = 0;
    for (const e of events) {
      if (e.ph !== 'X' || !TASK_EVENTS.has(e.name)) continue;
      if (threads.get(threadKey(e)) !== 'CrRendererMain') continue;
      longest = Math.max(longest, (e.dur ?? 0) / 1000);
    }
    return longest;
  } finally {
    await page.close();
  }
}

export async function typingRow(
  context: BrowserContext,
  url: string,
  scale: ScaleName,
  runs: number,
): Promise<Row> {
  const longest: number[] = [];
  for (let run = 0; run < runs; run++)
    longest.push(await longestTaskOnce(context, url));
  return makeRow({
    scale,
    figure: 'longest main-thread task while typing in a form',
    unit: 'ms',
    app: longest,
    target: { kind: 'value', max: 50, strict: true },
    note: `${TYPED.length} characters typed into the new measure's title`,
  });
}
