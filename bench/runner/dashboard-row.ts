/**
 * Dashboard ready: a navigation to the app's /dashboard until it says its
 * charts are drawn (the `dashboard-ready` performance mark, timed from the
 * navigation's start), against raw getAll of every update in the bench page.
 */
import type { BrowserContext, Page } from '@playwright/test';

import type { ScaleName } from '../shared/scales';
import { collectGarbage, freshPage } from './browser';
import { makeRow, pendingRow, type Row } from './row';

export const DASHBOARD_MARK = 'dashboard-ready';
const TARGET = { kind: 'ratio', max: 0.25 } as const;
const FIGURE = 'dashboard ready (navigation until charts drawn)';

async function dashboardOnce(
  context: BrowserContext,
  url: string,
): Promise<number | null> {
  const page = await freshPage(context);
  try {
    await page.goto(`${url}/dashboard`);
    const mark = await page
      .waitForFunction(
        (name) => performance.getEntriesByName(name)[0]?.startTime,
        DASHBOARD_MARK,
        {
          timeout: 60_000,
        },
      )
      .then((handle) => handle.jsonValue() as Promise<number>)
      .catch(() => null);
    return mark;
  } finally {
    await page.close();
  }
}

export async function dashboardRow(
  context: BrowserContext,
  bench: Page,
  url: string,
  scale: ScaleName,
  runs: number,
): Promise<Row> {
  const app: number[] = [];
  const raw: number[] = [];
  for (let run = 0; run < runs; run++) {
    const ready = await dashboardOnce(context, url);
    if (ready === null)
      return pendingRow(
        scale,
        FIGURE,
        'ms',
        TARGET,
        `no "${DASHBOARD_MARK}" mark on /dashboard within 60 s (issue 6)`,
      );
    app.push(ready);
    await collectGarbage(bench);
    raw.push((await bench.evaluate(() => window.bench.rawReadUpdates())).ms);
  }
  return makeRow({
    scale,
    figure: FIGURE,
    unit: 'ms',
    app,
    baseline: raw,
    baselineName: 'raw getAll of all updates, as the app stores them',
    target: TARGET,
  });
}
