// A full disk: the save fails with a plain message, the typing stays (in the
// form and as a draft), and nothing saved before is lost.
//
// The failure is made by the test alone, in the page under test: it patches
// IndexedDB's put/add in that page's JavaScript. Nothing in the app can do
// this, and a reload (a fresh page) is free of it.
import type { Page } from '@playwright/test';

import { databaseSnapshot } from './database';
import { expect, test } from './fixtures';
import { MeasureForm } from './page-models/measure-form';
import { MeasurePage } from './page-models/measure-page';
import { MeasuresPage } from './page-models/measures-page';
import { DraftNotice } from './page-models/pwa';
import { setUpOffice } from './page-models/setup-page';
import { UpdateForm } from './page-models/update-form';
import { fallbackDraftKeys, measureIdFromUrl } from './support/pwa';
import { fixToday } from './today';

/**
 * How the full disk shows itself:
 * - 'throw': put/add throw QuotaExceededError at once;
 * - 'abort': the write succeeds but the transaction then aborts with
 *   QuotaExceededError, as Chromium does at commit; Dexie reports that as
 *   an AbortError whose `inner` is the QuotaExceededError.
 */
type FullDisk = 'throw' | 'abort';

interface QuotaPatch {
  put: IDBObjectStore['put'];
  add: IDBObjectStore['add'];
}

/** From now on, every IndexedDB write in this page fails for lack of space. */
async function fillTheDisk(page: Page, how: FullDisk): Promise<void> {
  await page.evaluate((how) => {
    const w = window as unknown as { quotaPatch?: QuotaPatch };
    const original: QuotaPatch = {
      put: IDBObjectStore.prototype.put,
      add: IDBObjectStore.prototype.add,
    };
    w.quotaPatch = original;
    const failing = (write: QuotaPatch['put']): QuotaPatch['put'] =>
      function (this: IDBObjectStore, ...args) {
        const full = new DOMException('Quota exceeded', 'QuotaExceededError');
        if (how === 'throw') throw full;
        const request = write.apply(this, args);
        const transaction = this.transaction;
        request.addEventListener('success', () => {
          Object.defineProperty(transaction, 'error', { get: () => full });
          transaction.abort();
        });
        return request;
      };
    IDBObjectStore.prototype.put = failing(original.put);
    IDBObjectStore.prototype.add = failing(original.add);
  }, how);
}

/** Puts IndexedDB back as it was. */
async function freeTheDisk(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { quotaPatch?: QuotaPatch };
    if (!w.quotaPatch) return;
    IDBObjectStore.prototype.put = w.quotaPatch.put;
    IDBObjectStore.prototype.add = w.quotaPatch.add;
    delete w.quotaPatch;
  });
}

const STORAGE_FULL =
  'บันทึกไม่สำเร็จ เพราะพื้นที่จัดเก็บของเบราว์เซอร์เต็ม ข้อความที่พิมพ์ยังอยู่ในแบบฟอร์ม ข้อมูลที่บันทึกไว้ก่อนหน้ายังอยู่ครบ กรุณาเพิ่มพื้นที่ว่างในเครื่อง แล้วกดบันทึกอีกครั้ง';

const SAVED = 'มาตรการเผยแพร่แผนการจัดซื้อจัดจ้าง';
const EDITED = 'มาตรการเผยแพร่แผนการจัดซื้อจัดจ้าง (แก้ไขตอนดิสก์เต็ม)';

test('a full disk during a measure edit: the message, the typing kept, the saved measure intact', async ({
  page,
}) => {
  await setUpOffice(page);
  const form = new MeasureForm(page);
  const measure = new MeasurePage(page);
  await form.create({ title: SAVED, units: 'all' });
  const id = measureIdFromUrl(page);

  await measure.editLink.click();
  await expect(form.title).toHaveValue(SAVED);
  const before = await databaseSnapshot(page);
  await fillTheDisk(page, 'throw');
  await form.title.fill(EDITED);
  await form.save();

  await expect(page.getByRole('alert')).toHaveText(STORAGE_FULL);
  await expect(page).toHaveURL(new RegExp(`/measures/${id}/edit$`));
  await expect(form.title).toHaveValue(EDITED);
  // No trace of the failed save anywhere: records, journal, kept bodies.
  expect(await databaseSnapshot(page)).toEqual(before);
  // IndexedDB refused the draft too: it went to the fallback.
  await expect.poll(() => fallbackDraftKeys(page)).toEqual([`measure:${id}`]);

  await freeTheDisk(page);
  await page.reload();
  // The typing is back, and the saved measure is as it was.
  await expect(new DraftNotice(page).notice).toBeVisible();
  await expect(form.title).toHaveValue(EDITED);
  const list = new MeasuresPage(page);
  await list.goto();
  await list.expectTitles([SAVED]);

  // With space again, the kept typing saves.
  await list.openMeasure(SAVED);
  await measure.editLink.click();
  await expect(form.title).toHaveValue(EDITED);
  await form.save();
  await expect(measure.heading).toContainText(EDITED);
});

test('a full disk at commit (Dexie AbortError wrapping QuotaExceededError) during a new progress update', async ({
  page,
}) => {
  await fixToday(page);
  await setUpOffice(page);
  await new MeasureForm(page).create({ title: SAVED, units: 'all' });
  const measure = new MeasurePage(page);
  const form = new UpdateForm(page);
  await measure.addUpdateButton.click();
  await form.fill({ date: '2025-01-10', percent: '20', result: 'ผลครั้งแรก' });
  await form.save();
  await expect(measure.update('10 ม.ค. 2568')).toContainText('ผลครั้งแรก');

  const before = await databaseSnapshot(page);
  await fillTheDisk(page, 'abort');
  await measure.addUpdateButton.click();
  await form.fill({ percent: '60', result: 'ผลครั้งที่สองที่บันทึกไม่ได้' });
  await form.save();

  await expect(page.getByRole('alert')).toHaveText(STORAGE_FULL);
  expect(await databaseSnapshot(page)).toEqual(before);
  await expect(form.result).toHaveValue('ผลครั้งที่สองที่บันทึกไม่ได้');
  await expect(form.percent).toHaveValue('60');
  await expect(measure.updates).toHaveCount(1);
  await expect
    .poll(() => fallbackDraftKeys(page))
    .toEqual([expect.stringMatching(/^update:new:/)]);

  await freeTheDisk(page);
  await page.reload();
  // The form reopens with the typing; the update saved before is intact.
  await expect(new DraftNotice(page).notice).toBeVisible();
  await expect(form.result).toHaveValue('ผลครั้งที่สองที่บันทึกไม่ได้');
  await expect(measure.updates).toHaveCount(1);
  await expect(measure.update('10 ม.ค. 2568')).toContainText('ผลครั้งแรก');
  await expect(measure.status).toHaveText('กำลังดำเนินการ');

  await form.save();
  await expect(measure.updates).toHaveCount(2);
  await expect(measure.update('15 ก.พ. 2568')).toContainText(
    'ผลครั้งที่สองที่บันทึกไม่ได้',
  );
});
