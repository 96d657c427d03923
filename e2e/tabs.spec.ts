// Several tabs of the app stay consistent, and a database upgrade made by a
// newer version in another tab never breaks a tab silently.
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { MeasureForm } from './page-models/measure-form';
import { MeasurePage } from './page-models/measure-page';
import { MeasuresPage } from './page-models/measures-page';
import { DraftNotice, UpgradeDialog } from './page-models/pwa';
import { setUpOffice } from './page-models/setup-page';
import { UpdateForm } from './page-models/update-form';
import { DB_NAME, fallbackDraftKeys } from './support/pwa';
import { fixToday } from './today';

const FIRST = 'มาตรการจัดการเรื่องร้องเรียนการทุจริต';
const SECOND = 'มาตรการเปิดเผยข้อมูลการใช้จ่ายงบประมาณ';

test('a measure and an update added in one tab show in the other without a reload', async ({
  page,
  context,
}) => {
  await fixToday(page);
  await setUpOffice(page);
  const other = await context.newPage();
  await fixToday(other);
  const otherList = new MeasuresPage(other);
  await otherList.goto();
  await expect(otherList.emptyMessage).toBeVisible();

  const form = new MeasureForm(page);
  await form.create({ title: FIRST, units: 'all' });
  await otherList.expectTitles([FIRST]);
  const row = otherList.row(FIRST);
  await expect(otherList.cell(row, 'status')).toHaveText('ยังไม่เริ่ม');

  const measure = new MeasurePage(page);
  await measure.addUpdateButton.click();
  await new UpdateForm(page).fill({ status: 'กำลังดำเนินการ', percent: '50' });
  await new UpdateForm(page).save();
  await expect(measure.status).toHaveText('กำลังดำเนินการ');
  await expect(otherList.cell(row, 'status')).toHaveText('กำลังดำเนินการ');
  await expect(otherList.cell(row, 'lastUpdate')).toHaveText('15 ก.พ. 2568');

  // And the other way round.
  await new MeasureForm(other).create({ title: SECOND, units: 'all' });
  const list = new MeasuresPage(page);
  await list.goto();
  await list.expectTitles([FIRST, SECOND]);
  await other.goto('/measures');
  await otherList.expectTitles([FIRST, SECOND]);
});

/**
 * What a newer app version does in another tab: opens the database with a
 * higher version than the one it has (Dexie's version(n) is IndexedDB
 * version 10·n) and adds a store. Answers the stores after the upgrade.
 */
function upgradeDatabase(page: Page): Promise<string[]> {
  return page.evaluate(async (name) => {
    const open = (version?: number, upgrade?: (db: IDBDatabase) => void) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name, version);
        request.onupgradeneeded = () => upgrade?.(request.result);
        request.onblocked = () => reject(new Error('upgrade blocked'));
        request.onerror = () => reject(request.error ?? new Error('failed'));
        request.onsuccess = () => resolve(request.result);
      });
    const current = await open();
    const version = current.version;
    current.close();
    const upgraded = await open(version + 10, (db) => {
      db.createObjectStore('addedByNewerVersion', { keyPath: 'id' });
    });
    const stores = [...upgraded.objectStoreNames];
    upgraded.close();
    return stores;
  }, DB_NAME);
}

test('an upgrade in another tab asks this tab to reload, and its half-typed text survives', async ({
  page,
  context,
}) => {
  await fixToday(page);
  await setUpOffice(page);
  const form = new MeasureForm(page);
  await form.create({ title: FIRST, units: 'all' });
  // Another tab of this origin, standing for a newer version of the app.
  const newer = await context.newPage();
  await newer.goto('/manifest.webmanifest');

  await form.gotoNew();
  await form.title.fill(SECOND);
  // The upgrade comes at once, inside this tab's draft debounce.
  expect(await upgradeDatabase(newer)).toContain('addedByNewerVersion');

  const dialog = new UpgradeDialog(page);
  await expect(dialog.dialog).toBeVisible();
  await expect(dialog.dialog).toContainText('ข้อความที่พิมพ์ค้างไว้ถูกเก็บเป็นร่างแล้ว');
  // The waiting draft went to the synchronous fallback when the upgrade came.
  expect(await fallbackDraftKeys(newer)).toEqual([
    expect.stringMatching(/^measure:new:/),
  ]);

  await dialog.reloadButton.click();
  // After the reload this tab opens the upgraded database: the typing is
  // back and the data saved before is there.
  await expect(new DraftNotice(page).notice).toBeVisible();
  await expect(form.title).toHaveValue(SECOND);
  await expect(dialog.dialog).toBeHidden();
  const list = new MeasuresPage(page);
  await list.goto();
  await list.expectTitles([FIRST]);
});
