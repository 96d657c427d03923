// A new deployment: the open page learns of it, waits for the person's word
// (no silent skipWaiting), and a half-typed form survives the reload.
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MeasureForm } from './page-models/measure-form';
import { MeasuresPage } from './page-models/measures-page';
import { DraftNotice, UpdatePrompt } from './page-models/pwa';
import { AboutPanel } from './page-models/settings-panels';
import { SetupPage, TEST_OFFICE } from './page-models/setup-page';
import { storedDraftKeys, waitForServiceWorkerControl } from './support/pwa';
import { startSwapServer, type SwapServer } from './support/swap-server';

const CURRENT = 'dist';
const NEXT = 'dist-next';

const TITLE = 'มาตรการป้องกันการรับสินบน (พิมพ์ค้างไว้ก่อนปรับรุ่น)';
const METHOD = 'จัดทำประกาศไม่รับของขวัญ (พิมพ์ต่อหลังเห็นข้อความแจ้ง)';

// Each test installs the whole precache twice (the current build, then the
// next), pdf.js's worker included: under a full suite's load on 2 cores
// that alone can take most of a minute, so these get three times as long.
test.slow();

const testWithServer = test.extend<{ server: SwapServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  server: async ({}, use) => {
    const server = await startSwapServer(CURRENT);
    await use(server);
    await server.close();
  },
});

/** Sets up the office on a fresh origin and waits for the worker to control it. */
async function firstVisit(page: Page, origin: string): Promise<void> {
  const setup = new SetupPage(page);
  await page.goto(`${origin}/`);
  await expect(setup.heading).toBeVisible();
  await waitForServiceWorkerControl(page);
  await setup.fillOffice(TEST_OFFICE);
  await setup.save();
  await expect(new MeasuresPage(page).heading).toBeVisible();
}

/** Notes in the page whether the controlling worker ever changes. */
async function watchController(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { controllerChanged: boolean };
    w.controllerChanged = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      w.controllerChanged = true;
    });
  });
}

/** The state of the registration: the new worker waits, the old one still controls. */
function workerState(page: Page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return {
      waiting: registration?.waiting?.state ?? null,
      controlledByActive:
        navigator.serviceWorker.controller !== null &&
        navigator.serviceWorker.controller === registration?.active,
      controllerChanged: (window as unknown as { controllerChanged: boolean })
        .controllerChanged,
    };
  });
}

async function expectVersion(page: Page, version: string): Promise<void> {
  await new AppShell(page).openSettings();
  await expect(new AboutPanel(page).version).toHaveText(`เวอร์ชัน ${version}`);
}

testWithServer(
  'a periodic check finds the new version; it waits for the click, and the half-typed measure comes back',
  async ({ page, server }) => {
    await firstVisit(page, server.url);
    await watchController(page);
    await expectVersion(page, '0.1.0');

    // Half a measure: a title, waiting in the drafts table.
    const shell = new AppShell(page);
    await shell.openMeasures();
    const list = new MeasuresPage(page);
    await list.addLink.click();
    const form = new MeasureForm(page);
    await expect(form.heading).toContainText('เพิ่มมาตรการ ปีงบประมาณ');
    await form.title.fill(TITLE);
    await expect
      .poll(() => storedDraftKeys(page))
      .toEqual([expect.stringMatching(/^measure:new:/)]);

    // Deploy the next build; the app's periodic check is this same call.
    server.serve(NEXT);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = new UpdatePrompt(page);
    await expect(prompt.alert).toBeVisible();

    // Not activated behind the person's back: the new worker waits, the old
    // one still controls the page, and the page still runs the old code.
    await expect
      .poll(() => workerState(page))
      .toEqual({
        waiting: 'installed',
        controlledByActive: true,
        controllerChanged: false,
      });

    // Typing goes on while the prompt shows; the click comes within the
    // draft's debounce, so the update itself must keep this text.
    await form.method(1).fill(METHOD);
    const reloaded = page.waitForEvent('load');
    await prompt.reloadButton.click();
    await reloaded;

    // The new version runs, and the half-typed measure is back.
    await expect(form.heading).toContainText('เพิ่มมาตรการ ปีงบประมาณ');
    await expect(new DraftNotice(page).notice).toBeVisible();
    await expect(form.title).toHaveValue(TITLE);
    await expect(form.method(1)).toHaveValue(METHOD);
    await expect(prompt.alert).toBeHidden();
    expect(
      await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting,
      ),
    ).toBeNull();
    await expectVersion(page, '0.1.0+next');
  },
);

testWithServer(
  'a page opened after a deployment learns of it on load; "later" keeps the old version, the next load asks again',
  async ({ page, server }) => {
    await firstVisit(page, server.url);

    server.serve(NEXT);
    // The browser checks the worker script on navigation.
    await page.reload();
    const prompt = new UpdatePrompt(page);
    await expect(prompt.alert).toBeVisible();
    await watchController(page);
    await expect
      .poll(() => workerState(page))
      .toEqual({
        waiting: 'installed',
        controlledByActive: true,
        controllerChanged: false,
      });
    await expectVersion(page, '0.1.0');

    // "Later" hides the prompt; still nothing changes.
    await prompt.laterButton.click();
    await expect(prompt.alert).toBeHidden();
    expect(await workerState(page)).toEqual({
      waiting: 'installed',
      controlledByActive: true,
      controllerChanged: false,
    });

    // A reload does not activate the waiting worker either; the prompt is back.
    await page.reload();
    await expect(prompt.alert).toBeVisible();
    await expectVersion(page, '0.1.0');
    // This page was controlled when it registered: the other reload path.
    const reloaded = page.waitForEvent('load');
    await prompt.reloadButton.click();
    await reloaded;
    await expectVersion(page, '0.1.0+next');
    await expect(prompt.alert).toBeHidden();
  },
);
