// After one visit the app works with no network at all: every screen (and
// every lazily loaded chunk) comes from the service worker's precache.
import type { Locator } from '@playwright/test';

import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MeasureForm } from './page-models/measure-form';
import { MeasurePage } from './page-models/measure-page';
import { MeasuresPage } from './page-models/measures-page';
import { ConnectionStatus } from './page-models/pwa';
import { SettingsPage } from './page-models/settings-page';
import { AboutPanel } from './page-models/settings-panels';
import { SetupPage, TEST_OFFICE, setUpOffice } from './page-models/setup-page';
import { UpdateForm } from './page-models/update-form';
import { measureIdFromUrl, waitForServiceWorkerControl } from './support/pwa';
import { fixToday } from './today';

const TITLE = 'มาตรการเปิดเผยข้อมูลสาธารณะ (เพิ่มขณะออฟไลน์)';
const RESULT = 'เผยแพร่ข้อมูลบนเว็บไซต์แล้ว ทำขณะไม่มีอินเทอร์เน็ต';

test('after the first visit every screen works offline, and what is saved offline stays', async ({
  page,
  context,
}) => {
  await fixToday(page);
  // Everything the page asks for while offline must come from the service
  // worker; a request that fails (a chunk, a font, an icon) is a hole.
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));

  const setup = new SetupPage(page);
  await setup.goto();
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  await page.reload();
  // First run, offline: the setup screen (a lazy chunk) opens.
  await expect(setup.heading).toBeVisible();
  const connection = new ConnectionStatus(page);
  await expect(connection.status).toHaveText(
    'ออฟไลน์ ทำงานต่อได้ ข้อมูลบันทึกในเครื่อง',
  );
  await setup.fillOffice(TEST_OFFICE);
  await setup.save();

  // Measures list, then the new measure form (lazy).
  const list = new MeasuresPage(page);
  await expect(page).toHaveURL(/\/measures$/);
  await expect(list.emptyMessage).toBeVisible();
  await list.addLink.click();
  const form = new MeasureForm(page);
  await expect(form.heading).toContainText('เพิ่มมาตรการ ปีงบประมาณ');
  await form.fill({ title: TITLE, units: 'all' });
  await form.save();

  // The measure's page (lazy), and a progress update on it.
  const measure = new MeasurePage(page);
  await expect(measure.heading).toContainText(TITLE);
  const measureUrl = new URL(page.url()).pathname;
  expect(measureIdFromUrl(page)).toBeTruthy();
  await measure.addUpdateButton.click();
  const update = new UpdateForm(page);
  await update.fill({
    date: '2025-02-10',
    status: 'กำลังดำเนินการ',
    percent: '40',
    result: RESULT,
  });
  await update.save();
  await expect(measure.update('10 ก.พ. 2568')).toContainText(RESULT);
  await expect(measure.status).toHaveText('กำลังดำเนินการ');

  // The edit form (lazy) and settings (lazy).
  await measure.editLink.click();
  await expect(form.heading).toHaveText('แก้ไขมาตรการ');
  await expect(form.title).toHaveValue(TITLE);
  await form.cancelButton.click();
  await expect(measure.heading).toContainText(TITLE);
  const shell = new AppShell(page);
  await shell.openSettings();
  await expect(new SettingsPage(page).heading).toBeVisible();
  await expect(new AboutPanel(page).version).toHaveText('เวอร์ชัน 0.1.0');

  // Reload offline: everything saved offline is there.
  await page.reload();
  await expect(new SettingsPage(page).heading).toBeVisible();
  await expect(connection.status).toHaveText(
    'ออฟไลน์ ทำงานต่อได้ ข้อมูลบันทึกในเครื่อง',
  );
  await shell.openMeasures();
  await expect(shell.banner).toContainText(TEST_OFFICE.name);
  await list.expectTitles([TITLE]);
  await expect(list.cell(list.row(TITLE), 'status')).toHaveText('กำลังดำเนินการ');
  // A deep link typed into the address bar opens offline too.
  await page.goto(measureUrl);
  await expect(measure.heading).toContainText(TITLE);
  await expect(measure.update('10 ก.พ. 2568')).toContainText(RESULT);

  expect(failed).toEqual([]);

  // Proof that this really is offline: a URL that was never cached fails.
  const uncached = await page.evaluate(() =>
    fetch(`/never-cached-${Date.now()}`).then(
      (response) => `response ${response.status}`,
      () => 'failed',
    ),
  );
  expect(uncached).toBe('failed');
});

test('the shell says whether the app is online, follows the connection, and keeps the header on one row', async ({
  page,
  context,
}) => {
  await setUpOffice(page);
  const shell = new AppShell(page);
  const connection = new ConnectionStatus(page);
  await expect(connection.status).toHaveText('ออนไลน์');
  // A laptop's 1280 and a narrower window whose header still fits one row.
  for (const width of [1280, 1100]) {
    await page.setViewportSize({ width, height: 720 });
    await context.setOffline(false);
    await expect(connection.status).toHaveText('ออนไลน์');
    const online = (await shell.banner.boundingBox())!;
    await expectOnMenuRow(shell, connection.status);

    await context.setOffline(true);
    await expect(connection.status).toHaveText(
      'ออฟไลน์ ทำงานต่อได้ ข้อมูลบันทึกในเครื่อง',
    );
    await expect(connection.status).toBeVisible();
    await expectOnMenuRow(shell, connection.status);
    expect((await shell.banner.boundingBox())!.height).toBe(online.height);
  }
  await context.setOffline(false);
  await expect(connection.status).toHaveText('ออนไลน์');
});

/** The badge sits on the menu's row: the header has not wrapped. */
async function expectOnMenuRow(shell: AppShell, badge: Locator) {
  const nav = (await shell.navigation.boundingBox())!;
  const box = (await badge.boundingBox())!;
  const middle = box.y + box.height / 2;
  expect(middle).toBeGreaterThan(nav.y);
  expect(middle).toBeLessThan(nav.y + nav.height);
}
