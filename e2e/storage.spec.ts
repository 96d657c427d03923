// Storage safety: the app asks to keep its data after the first save, says in
// settings whether the data is kept for good and how much room is used, and a
// database that cannot be opened gets a recovery screen, not a blank page.
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { RecoveryScreen } from './page-models/pwa';
import { StoragePanel } from './page-models/settings-panels';
import { SetupPage, TEST_OFFICE } from './page-models/setup-page';

/** Counts the page's calls to navigator.storage.persist(), which still answers. */
async function countPersistRequests(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { persistRequests: number };
    w.persistRequests = 0;
    const persist = navigator.storage.persist.bind(navigator.storage);
    navigator.storage.persist = () => {
      w.persistRequests++;
      return persist();
    };
  });
}

function persistRequests(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { persistRequests: number }).persistRequests,
  );
}

const USAGE = /^ใช้ไป [\d.,]+ MB จากที่ใช้ได้ประมาณ [\d.,]+ MB$/;

test('after the first save the app asks to persist; settings shows "not persistent", the advice and the usage', async ({
  page,
}) => {
  await countPersistRequests(page);
  const setup = new SetupPage(page);
  await setup.goto();
  expect(await persistRequests(page)).toBe(0);
  await setup.fillOffice(TEST_OFFICE);
  await setup.save();
  await expect(page).toHaveURL(/\/measures$/);
  await expect.poll(() => persistRequests(page)).toBe(1);

  // Headless Chromium answers persist() with false.
  await new AppShell(page).openSettings();
  const storage = new StoragePanel(page);
  await expect(storage.persistence).toHaveText(
    'ไม่ถาวร: เบราว์เซอร์อาจลบข้อมูลนี้ได้เมื่อพื้นที่ในเครื่องเหลือน้อย',
  );
  await expect(storage.advice).toHaveText(
    'คำแนะนำ: ติดตั้งแอป (เมนูของเบราว์เซอร์ → ติดตั้ง ITA Tracker) เพื่อให้เบราว์เซอร์เก็บข้อมูลถาวร และส่งออกข้อมูลสำรองเป็นประจำ',
  );
  await expect(storage.usage).toHaveText(USAGE);

  // Asking again from settings: the browser's "no" is said plainly.
  await storage.requestButton.click();
  await expect(
    storage.region.getByRole('status').filter({
      hasText: 'เบราว์เซอร์ยังไม่อนุญาตให้เก็บถาวร',
    }),
  ).toBeVisible();
  await expect(storage.persistence).toHaveText(/^ไม่ถาวร:/);
});

test('when the browser keeps the data for good, settings says so and gives no advice', async ({
  page,
}) => {
  // Stands for an installed app, whose storage the browser persists.
  await page.addInitScript(() => {
    navigator.storage.persisted = () => Promise.resolve(true);
  });
  const setup = new SetupPage(page);
  await setup.goto();
  await setup.fillOffice(TEST_OFFICE);
  await setup.save();
  await new AppShell(page).openSettings();
  const storage = new StoragePanel(page);
  await expect(storage.persistence).toHaveText(
    'ถาวร: เบราว์เซอร์จะไม่ลบข้อมูลนี้เองเมื่อพื้นที่เหลือน้อย',
  );
  await expect(storage.usage).toHaveText(USAGE);
  await expect(storage.advice).toBeHidden();
  await expect(storage.requestButton).toBeHidden();
});

/**
 * The database cannot be opened on the first load of this tab: indexedDB.open
 * fails the way Chromium does with a broken backing store. Later loads (a
 * retry) open normally.
 */
async function breakDatabaseOnFirstLoad(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const loads = Number(sessionStorage.getItem('e2e-loads') ?? '0');
    sessionStorage.setItem('e2e-loads', String(loads + 1));
    if (loads > 0) return;
    IDBFactory.prototype.open = function () {
      const error = new DOMException(
        'Internal error opening backing store for indexedDB.open.',
        'UnknownError',
      );
      const request = new EventTarget() as EventTarget & {
        error: DOMException;
        result: undefined;
        readyState: string;
        onerror: ((event: Event) => void) | null;
      };
      request.error = error;
      request.result = undefined;
      request.readyState = 'done';
      request.onerror = null;
      request.addEventListener('error', (event) => request.onerror?.(event));
      setTimeout(() => {
        request.dispatchEvent(new Event('error', { cancelable: true }));
      });
      return request as unknown as IDBOpenDBRequest;
    };
  });
}

test('a database that cannot be opened gets the recovery screen, and "try again" reloads', async ({
  page,
}) => {
  await breakDatabaseOnFirstLoad(page);
  await page.goto('/');
  const recovery = new RecoveryScreen(page);
  await expect(recovery.heading).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'แอปเปิดที่เก็บข้อมูลของเบราว์เซอร์ไม่ได้',
  );
  await expect(recovery.retryButton).toBeVisible();
  await expect(recovery.resetButton).toBeVisible();
  // The detail for support names the error.
  await page.getByText('รายละเอียดสำหรับผู้ดูแลระบบ').click();
  await expect(page.getByText(/UnknownError/)).toBeVisible();

  await recovery.retryButton.click();
  await expect(new SetupPage(page).heading).toBeVisible();
  await expect(recovery.heading).toBeHidden();
});
