/**
 * Cold start offline: Chromium started afresh on the same profile, the
 * network cut (context.setOffline), then a navigation to the app until its
 * measures list shows, served by the service worker; against a blank page
 * served the same way (precached, offline) until its load event.
 */
import type { BrowserContext } from '@playwright/test';

import type { ScaleName } from '../shared/scales';
import { freshPage, launch } from './browser';
import { makeRow, type Row } from './row';

const LIST_ROW = '.measures-table tbody tr';

/** Notes when the first row of the measures list is in the document. */
function watchForList(selector: string) {
  const seen = () => {
    if (document.querySelector(selector))
      (window as { listShownAt?: number }).listShownAt ??= performance.now();
  };
  new MutationObserver(seen).observe(document, {
    childList: true,
    subtree: true,
  });
}

/** Visits the app online once, so its service worker is installed and controls it. */
export async function installServiceWorker(
  context: BrowserContext,
  url: string,
): Promise<void> {
  const page = await freshPage(context);
  await page.goto(`${url}/measures`);
  await page.waitForFunction(
    () => navigator.serviceWorker.controller !== null,
    null,
    {
      timeout: 60_000,
    },
  );
  await page.waitForSelector(LIST_ROW, { timeout: 60_000 });
  await page.close();
}

async function coldOnce(
  profile: string,
  url: string,
  app: boolean,
): Promise<number> {
  const context = await launch(profile);
  try {
    await context.setOffline(true);
    await context.addInitScript(watchForList, LIST_ROW);
    const page = await freshPage(context);
    if (!app) {
      await page.goto(`${url}/bench/blank.html`, { waitUntil: 'load' });
      return await page.evaluate(
        () =>
          performance.getEntriesByType('navigation')[0]!.toJSON()
            .loadEventEnd as number,
      );
    }
    await page.goto(`${url}/measures`);
    const shown = await page.waitForFunction(
      () => (window as { listShownAt?: number }).listShownAt,
      null,
      {
        timeout: 60_000,
      },
    );
    const controlled = await page.evaluate(
      () => navigator.serviceWorker.controller !== null,
    );
    if (!controlled)
      throw new Error(
        'cold start: the page was not served by the service worker',
      );
    return (await shown.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

/** Needs the context closed: each run starts Chromium again on the profile. */
export async function coldStartRow(
  profile: string,
  url: string,
  scale: ScaleName,
  runs: number,
): Promise<Row> {
  const app: number[] = [];
  const blank: number[] = [];
  for (let run = 0; run < runs; run++) {
    blank.push(await coldOnce(profile, url, false));
    app.push(await coldOnce(profile, url, true));
  }
  return makeRow({
    scale,
    figure: 'cold start offline (until the measures list shows)',
    unit: 'ms',
    app,
    baseline: blank,
    baselineName: 'blank page served the same way',
    target: { kind: 'ratio', max: 1.5 },
  });
}
