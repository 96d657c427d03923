// What the sync specs share: a CouchDB-protocol server per test, laptops
// (browser contexts) with today fixed, the office's id once stored, the
// login in Settings and the shell's sync status.
import type { BrowserContext, Page } from '@playwright/test';

import type { TestCouch } from '../../scripts/couch-server.mjs';
import { expect, test as base } from '../fixtures';
import { AppShell } from '../page-models/app-shell';
import { fixToday } from '../today';
import { startSyncServer } from './couch';

export const test = base.extend<{
  newLaptop: () => Promise<{ page: Page; context: BrowserContext }>;
  couch: TestCouch;
}>({
  // One server per test, in memory: a test that stops it (the server that
  // is down) or fills it leaves nothing to the next.
  couch: [
    async ({ baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
      const couch = await startSyncServer(origin);
      await use(couch);
      await couch.stop();
    },
    { scope: 'test' },
  ],
  newLaptop: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      await fixToday(page);
      return { page, context };
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

/**
 * The office's id, once the example's write has committed: read before,
 * there is none, and the spec made `ita-office-undefined` while the app
 * synced with its office's database (a 404, "database not found").
 */
export async function officeIdOf(page: Page): Promise<string> {
  let id: string | undefined;
  await expect
    .poll(async () => (id = await firstOfficeId(page)), {
      message: 'an office in the database',
    })
    .toBeDefined();
  return id!;
}

const firstOfficeId = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string | undefined>((resolve, reject) => {
        const open = indexedDB.open('ita-tracker');
        open.onerror = () => reject(new Error('open'));
        open.onsuccess = () => {
          const get = open.result
            .transaction('offices')
            .objectStore('offices')
            .getAllKeys();
          get.onsuccess = () => {
            open.result.close();
            const [key] = get.result;
            resolve(key === undefined ? undefined : String(key));
          };
        };
      }),
  );

export async function logIn(
  page: Page,
  server: string,
  user: { name: string; password: string },
) {
  await new AppShell(page).openSettings();
  const panel = page.getByRole('region', { name: 'ซิงค์กับเซิร์ฟเวอร์ CouchDB' });
  await panel.getByRole('textbox', { name: 'ที่อยู่เซิร์ฟเวอร์' }).fill(server);
  await panel.getByRole('textbox', { name: 'ชื่อผู้ใช้' }).fill(user.name);
  await panel.locator('input[type="password"]').fill(user.password);
  await panel.getByRole('button', { name: 'เข้าสู่ระบบและซิงค์' }).click();
  return panel;
}

export const status = (page: Page) =>
  new AppShell(page).banner.locator('.sync-status');

/** Runs a sync and waits for it to end (the shell counts them). */
export async function syncNow(page: Page) {
  const runs = Number(await status(page).getAttribute('data-runs'));
  await status(page).getByRole('button', { name: 'ซิงค์เดี๋ยวนี้' }).click();
  await expect(status(page)).toHaveAttribute('data-runs', String(runs + 1));
  await expect(status(page)).toContainText('ซิงค์แล้วเมื่อ');
  await expect(status(page)).not.toContainText('รอส่ง');
}
