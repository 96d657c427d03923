// Every form keeps what was typed: a reload or a closed tab brings it back
// with a notice; discarding throws it away for good; saving clears it.
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { MeasureForm } from './page-models/measure-form';
import { MeasurePage } from './page-models/measure-page';
import { MeasuresPage } from './page-models/measures-page';
import { DraftNotice, NewMeasureDraftNote } from './page-models/pwa';
import { SetupPage, TEST_OFFICE, setUpOffice } from './page-models/setup-page';
import { UpdateForm } from './page-models/update-form';
import {
  allDraftKeys,
  fallbackDraftKeys,
  measureIdFromUrl,
  storedDraftKeys,
  waitForDraft,
} from './support/pwa';
import { fixToday } from './today';

const MEASURE = 'มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง';
const DATE = '15 ก.พ. 2568'; // TODAY as the app shows it

async function expectNoDrafts(page: Page): Promise<void> {
  await expect.poll(() => allDraftKeys(page)).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

test('office setup (first run): reload restores, discard forgets, saving clears', async ({
  page,
}) => {
  const setup = new SetupPage(page);
  const notice = new DraftNotice(page);
  await setup.goto();
  await setup.name.fill(TEST_OFFICE.name);
  await setup.district.fill(TEST_OFFICE.district);
  await waitForDraft(page, 'office:new');

  await page.reload();
  await expect(notice.notice).toBeVisible();
  await expect(setup.name).toHaveValue(TEST_OFFICE.name);
  await expect(setup.district).toHaveValue(TEST_OFFICE.district);

  await notice.discardButton.click();
  await expect(notice.notice).toBeHidden();
  await expect(setup.name).toHaveValue('');
  await expect(setup.district).toHaveValue('');
  await expectNoDrafts(page);
  await page.reload();
  await expect(setup.heading).toBeVisible();
  await expect(setup.name).toHaveValue('');
  await expect(notice.notice).toBeHidden();

  await setup.fillOffice(TEST_OFFICE);
  await waitForDraft(page, 'office:new');
  await setup.save();
  await expect(page).toHaveURL(/\/measures$/);
  await expectNoDrafts(page);
});

test('new measure: reload restores, the list points back to it, discard forgets, saving clears', async ({
  page,
}) => {
  await setUpOffice(page);
  const form = new MeasureForm(page);
  const notice = new DraftNotice(page);
  await form.gotoNew();
  await form.title.fill(MEASURE);
  await form.method(1).fill('แต่งตั้งคณะทำงาน');
  await waitForDraft(page, 'measure:new:');

  await page.reload();
  await expect(notice.notice).toBeVisible();
  await expect(form.title).toHaveValue(MEASURE);
  await expect(form.method(1)).toHaveValue('แต่งตั้งคณะทำงาน');

  // Left for the list, the unfinished measure is one click away.
  const list = new MeasuresPage(page);
  await list.goto();
  const note = new NewMeasureDraftNote(page);
  await note.continueLink.click();
  await expect(form.title).toHaveValue(MEASURE);
  await expect(notice.notice).toBeVisible();

  await notice.discardButton.click();
  await expect(notice.notice).toBeHidden();
  await expect(form.title).toHaveValue('');
  await expect(form.method(1)).toHaveValue('');
  await expectNoDrafts(page);
  await page.reload();
  await expect(form.heading).toContainText('เพิ่มมาตรการ');
  await expect(form.title).toHaveValue('');
  await expect(notice.notice).toBeHidden();
  await list.goto();
  await expect(list.emptyMessage).toBeVisible();
  await expect(note.note).toBeHidden();

  await form.gotoNew();
  await form.fill({ title: MEASURE, units: 'all' });
  await waitForDraft(page, 'measure:new:');
  await form.save();
  await expect(page).toHaveURL(/\/measures\/[^/]+$/);
  await expectNoDrafts(page);
  await form.gotoNew();
  await expect(form.title).toHaveValue('');
  await expect(notice.notice).toBeHidden();
});

test('measure edit: reload restores, discard goes back to the saved measure, saving clears', async ({
  page,
}) => {
  await setUpOffice(page);
  const form = new MeasureForm(page);
  const measure = new MeasurePage(page);
  const notice = new DraftNotice(page);
  await form.create({ title: MEASURE, units: 'all' });
  const id = measureIdFromUrl(page);

  await measure.editLink.click();
  await expect(form.title).toHaveValue(MEASURE);
  await form.title.fill(`${MEASURE} (แก้ไขค้างไว้)`);
  await waitForDraft(page, `measure:${id}`);

  await page.reload();
  await expect(page).toHaveURL(new RegExp(`/measures/${id}/edit$`));
  await expect(notice.notice).toBeVisible();
  await expect(form.title).toHaveValue(`${MEASURE} (แก้ไขค้างไว้)`);

  await notice.discardButton.click();
  await expect(notice.notice).toBeHidden();
  await expect(form.title).toHaveValue(MEASURE);
  await expectNoDrafts(page);
  await page.reload();
  await expect(form.heading).toHaveText('แก้ไขมาตรการ');
  await expect(form.title).toHaveValue(MEASURE);
  await expect(notice.notice).toBeHidden();

  await form.title.fill(`${MEASURE} ฉบับปรับปรุง`);
  await waitForDraft(page, `measure:${id}`);
  await form.save();
  await expect(measure.heading).toContainText(`${MEASURE} ฉบับปรับปรุง`);
  await expectNoDrafts(page);
  await measure.editLink.click();
  await expect(form.title).toHaveValue(`${MEASURE} ฉบับปรับปรุง`);
  await expect(notice.notice).toBeHidden();
});

test('new progress update: the form reopens by itself after a reload; discard and save clear it', async ({
  page,
}) => {
  await setUpOffice(page);
  await new MeasureForm(page).create({ title: MEASURE, units: 'all' });
  const measure = new MeasurePage(page);
  const form = new UpdateForm(page);
  const notice = new DraftNotice(page);

  await measure.addUpdateButton.click();
  await form.fill({ percent: '30', result: 'ประชุมคณะทำงานครั้งแรก' });
  await waitForDraft(page, 'update:new:');

  await page.reload();
  // No click: the form the person was typing in is open again.
  await expect(notice.notice).toBeVisible();
  await expect(form.result).toHaveValue('ประชุมคณะทำงานครั้งแรก');
  await expect(form.percent).toHaveValue('30');

  await notice.discardButton.click();
  await expect(notice.notice).toBeHidden();
  await expect(form.result).toHaveValue('');
  await expectNoDrafts(page);
  await page.reload();
  await expect(measure.addUpdateButton).toBeVisible();
  await expect(form.result).toBeHidden();
  await expect(notice.notice).toBeHidden();

  await measure.addUpdateButton.click();
  await form.fill({ percent: '30', result: 'ประชุมคณะทำงานครั้งแรก' });
  await waitForDraft(page, 'update:new:');
  await form.save();
  await expect(measure.update(DATE)).toContainText('ประชุมคณะทำงานครั้งแรก');
  await expectNoDrafts(page);
  await page.reload();
  await expect(measure.update(DATE)).toBeVisible();
  await expect(form.result).toBeHidden();
  await expect(notice.notice).toBeHidden();
});

test('progress update edit: the edit form reopens by itself after a reload; discard and save clear it', async ({
  page,
}) => {
  await setUpOffice(page);
  await new MeasureForm(page).create({ title: MEASURE, units: 'all' });
  const measure = new MeasurePage(page);
  const form = new UpdateForm(page);
  const notice = new DraftNotice(page);
  await measure.addUpdateButton.click();
  await form.fill({ percent: '30', result: 'ผลเดิม' });
  await form.save();
  await expect(measure.update(DATE)).toContainText('ผลเดิม');

  await measure.editUpdateButton(DATE).click();
  await expect(form.result).toHaveValue('ผลเดิม');
  await form.result.fill('ผลที่แก้ค้างไว้');
  await waitForDraft(page, 'update:');

  await page.reload();
  await expect(notice.notice).toBeVisible();
  await expect(form.result).toHaveValue('ผลที่แก้ค้างไว้');

  await notice.discardButton.click();
  await expect(notice.notice).toBeHidden();
  await expect(form.result).toHaveValue('ผลเดิม');
  await expectNoDrafts(page);
  await page.reload();
  await expect(measure.update(DATE)).toContainText('ผลเดิม');
  await expect(form.result).toBeHidden();

  await measure.editUpdateButton(DATE).click();
  await form.result.fill('ผลที่แก้แล้ว');
  await waitForDraft(page, 'update:');
  await form.save();
  await expect(measure.update(DATE)).toContainText('ผลที่แก้แล้ว');
  await expectNoDrafts(page);
  await page.reload();
  await expect(measure.update(DATE)).toContainText('ผลที่แก้แล้ว');
  await expect(form.result).toBeHidden();
});

test('typing is kept when the tab is closed before the draft was due', async ({
  page,
  context,
}) => {
  await setUpOffice(page);
  const form = new MeasureForm(page);
  await form.gotoNew();
  await form.title.fill(MEASURE);
  // Closed at once, inside the draft's debounce: only the pagehide flush
  // (to the synchronous localStorage fallback) can keep this text.
  await page.close();

  const next = await context.newPage();
  await fixToday(next);
  await new MeasuresPage(next).goto();
  // The text went to the fallback: IndexedDB never got the debounced write.
  expect(await fallbackDraftKeys(next)).toEqual([
    expect.stringMatching(/^measure:new:/),
  ]);
  expect(await storedDraftKeys(next)).toEqual([]);
  await new NewMeasureDraftNote(next).continueLink.click();
  const again = new MeasureForm(next);
  await expect(new DraftNotice(next).notice).toBeVisible();
  await expect(again.title).toHaveValue(MEASURE);
});
