/**
 * Headless Chromium on an on-disk profile: Playwright's default context keeps
 * IndexedDB in memory, about twice as fast as disk (STACK.md), which would
 * flatter every figure. Executable and flags come from the e2e setup.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';

import { chromiumLaunchOptions } from '../../e2e/chromium';

/** Precise heap figures, and gc() so runs start from a collected heap. */
const BENCH_ARGS = ['--enable-precise-memory-info', '--js-flags=--expose-gc'];

export async function launch(profileDir: string): Promise<BrowserContext> {
  const { executablePath, args } = chromiumLaunchOptions();
  return chromium.launchPersistentContext(profileDir, {
    ...(executablePath ? { executablePath } : {}),
    args: [...args, ...BENCH_ARGS],
    headless: true,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    viewport: { width: 1280, height: 720 },
  });
}

/** A page of the context (reusing the blank one a persistent context opens). */
export async function freshPage(context: BrowserContext): Promise<Page> {
  const blank = context.pages().find((p) => p.url() === 'about:blank');
  return blank ?? context.newPage();
}

/** The bench page, ready to be driven through `window.bench`. */
export async function benchPage(
  context: BrowserContext,
  url: string,
): Promise<Page> {
  const page = await freshPage(context);
  await page.goto(`${url}/bench/bench.html`);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

export async function collectGarbage(page: Page): Promise<void> {
  await page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
}
