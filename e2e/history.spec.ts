import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { HistoryPage } from './page-models/history-page';
import { MeasureForm } from './page-models/measure-form';
import { MeasurePage } from './page-models/measure-page';
import { MeasuresPage } from './page-models/measures-page';
import { PersonPrompt } from './page-models/person';
import { SettingsPage } from './page-models/settings-page';
import { setUpOffice } from './page-models/setup-page';
import { Toast } from './page-models/toast';
import { UpdateForm } from './page-models/update-form';
import { readPdf, skeleton } from './pdf-text';
import { fixToday } from './today';

test.beforeEach(async ({ page }) => {
  await fixToday(page);
  await setUpOffice(page);
});

/** Opens the measure's edit form, lets `change` fill it, and saves. */
async function editMeasure(
  page: MeasurePage['page'],
  change: (form: MeasureForm) => Promise<void>,
) {
  await new MeasurePage(page).editLink.click();
  const form = new MeasureForm(page);
  await change(form);
  await form.save();
  await expect(page).toHaveURL(/\/measures\/[^/]+$/);
}

test('a measure edited twice lists each edit old → new, newest first, uses an older version, and prints on A4', async ({
  page,
}) => {
  // Who: the name given when the app asked, after the office was saved.
  const prompt = new PersonPrompt(page);
  await prompt.name.fill('สมศรี ใจดี');
  await prompt.saveButton.click();
  await expect(prompt.form).toHaveCount(0);
  const form = new MeasureForm(page);
  await form.create({ title: 'เปิดเผยข้อมูล', units: 'all' });
  await editMeasure(page, (f) => f.title.fill('เปิดเผยข้อมูลสาธารณะ'));
  await editMeasure(page, async (f) => {
    await f.months.check();
    await f.from.fill('ต.ค. 2567');
    await f.to.fill('มี.ค. 2568');
  });

  await new MeasurePage(page).historyLink.click();
  const history = new HistoryPage(page);
  await expect(history.heading).toHaveText('ประวัติการแก้ไข: เปิดเผยข้อมูลสาธารณะ');
  await expect(history.versionHeadings).toHaveText([
    '15 ก.พ. 2568 10:00 · แก้ไข',
    '15 ก.พ. 2568 10:00 · แก้ไข',
    '15 ก.พ. 2568 10:00 · สร้าง',
  ]);
  const [newest, second] = [history.version(0), history.version(1)];
  await expect(history.changeRow(newest, 'ระยะเวลาดำเนินการ')).toHaveText([
    'ทั้งปีงบประมาณ',
    'ต.ค.67 - มี.ค.68',
  ]);
  await expect(history.changeRow(second, 'มาตรการ/แนวทาง')).toHaveText([
    'เปิดเผยข้อมูล',
    'เปิดเผยข้อมูลสาธารณะ',
  ]);
  await expect(history.meta(newest, 'สาเหตุ')).toHaveText('แก้ไขในแอป');
  await expect(history.meta(newest, 'ที่มา')).toHaveText('เครื่องนี้');
  await expect(history.meta(newest, 'ผู้แก้ไข')).toHaveText('สมศรี ใจดี');

  // The first version back: a new version, journalled as a restore.
  await history
    .version(2)
    .getByRole('button', { name: /^ใช้ฉบับนี้/ })
    .click();
  await expect(history.versions).toHaveCount(4);
  const restored = history.version(0);
  await expect(history.meta(restored, 'สาเหตุ')).toHaveText('กู้คืนจากประวัติ');
  await expect(history.changeRow(restored, 'มาตรการ/แนวทาง')).toHaveText([
    'เปิดเผยข้อมูลสาธารณะ',
    'เปิดเผยข้อมูล',
  ]);
  await expect(history.heading).toHaveText('ประวัติการแก้ไข: เปิดเผยข้อมูล');

  // On paper: the history alone, A4 portrait.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'เมนูหลัก' })).toBeHidden();
  await expect(history.printButton).toBeHidden();
  const pages = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pages[0]?.width).toBeCloseTo(595, 0);
  expect(pages[0]?.height).toBeCloseTo(842, 0);
  const text = skeleton(pages.map((p) => p.text).join(' '));
  expect(text).toContain(skeleton('ช่องที่เปลี่ยน'));
  expect(text).toContain(skeleton('เปิดเผยข้อมูลสาธารณะ'));
  expect(text).not.toContain(skeleton('รับ-ส่งข้อมูล'));
  await page.emulateMedia({ media: 'screen' });

  // Thai digits, when chosen, in the times and the period.
  await new AppShell(page).openSettings();
  await new SettingsPage(page).thaiDigits.check();
  await page.goBack();
  await expect(history.versionHeadings.first()).toHaveText(
    '๑๕ ก.พ. ๒๕๖๘ ๑๐:๐๐ · แก้ไข',
  );
  await expect(
    history.changeRow(history.version(1), 'ระยะเวลาดำเนินการ'),
  ).toHaveText(['ทั้งปีงบประมาณ', 'ต.ค.๖๗ - มี.ค.๖๘']);
});

test('a deleted update and a deleted measure are seen and restored from their history', async ({
  page,
}) => {
  await new MeasureForm(page).create({ title: 'รับเรื่องร้องเรียน', units: 'all' });
  const measure = new MeasurePage(page);
  await measure.addUpdateButton.click();
  const update = new UpdateForm(page);
  await update.fill({ result: 'ตั้งกล่องรับเรื่อง', percent: '40' });
  await update.save();
  await expect(measure.updates).toHaveCount(1);

  // The update: deleted, then found among the measure's deleted updates.
  await measure.deleteUpdateButton('15 ก.พ. 2568').click();
  await measure.dialogButton(measure.deleteUpdateDialog, 'ลบ').click();
  await expect(measure.updates).toHaveCount(0);
  await page.getByRole('link', { name: 'รายงานผลที่ลบแล้ว (1)' }).click();
  await page
    .getByRole('link', { name: 'ประวัติของ “รายงานผลวันที่ 15 ก.พ. 2568”' })
    .click();
  const history = new HistoryPage(page);
  await expect(history.versionHeadings).toHaveText([
    '15 ก.พ. 2568 10:00 · ลบ',
    '15 ก.พ. 2568 10:00 · สร้าง',
  ]);
  await expect(
    history.changeRow(history.version(1), 'ความคืบหน้า (ร้อยละ)'),
  ).toHaveText(['40%']);
  await expect(history.deletedNotice).toContainText('รายการนี้ถูกลบเมื่อ');
  await history.button('กู้คืนรายงานผลนี้').click();
  await expect(history.versionHeadings.first()).toHaveText(
    '15 ก.พ. 2568 10:00 · กู้คืนหลังถูกลบ',
  );
  await expect(history.deletedNotice).toBeHidden();
  await page.getByRole('link', { name: 'กลับไปที่มาตรการ' }).click();
  await expect(measure.updates).toHaveCount(1);

  // The measure, deleted with its update: listed with the year's deleted measures.
  const measureUrl = page.url();
  await measure.deleteButton.click();
  await measure.dialogButton(measure.deleteDialog, 'ลบ').click();
  const list = new MeasuresPage(page);
  await expect(list.emptyMessage).toBeVisible();
  await page.getByRole('link', { name: 'มาตรการที่ลบแล้ว (1)' }).click();
  await expect(
    page.getByText('ผลการดำเนินการ 1 รายการถูกลบไปพร้อมกัน'),
  ).toBeVisible();
  // An old link to it says it was deleted, and leads to its history.
  await page.goto(measureUrl);
  await expect(page.getByText('มาตรการนี้ถูกลบแล้ว')).toBeVisible();
  await page.getByRole('link', { name: 'ดูประวัติและกู้คืน' }).click();
  await history
    .button('กู้คืนมาตรการนี้ พร้อมผลการดำเนินการ 1 รายการที่ลบไปพร้อมกัน')
    .click();
  await expect(history.versionHeadings.first()).toHaveText(
    '15 ก.พ. 2568 10:00 · กู้คืนหลังถูกลบ',
  );
  await page.getByRole('link', { name: 'กลับไปที่มาตรการ' }).click();
  await expect(measure.heading).toHaveText('1. รับเรื่องร้องเรียน');
  await expect(measure.updates).toHaveCount(1);

  // The list's own "restore" does the same, without opening the history.
  await measure.deleteUpdateButton('15 ก.พ. 2568').click();
  await measure.dialogButton(measure.deleteUpdateDialog, 'ลบ').click();
  await page.getByRole('link', { name: 'รายงานผลที่ลบแล้ว (1)' }).click();
  await page
    .getByRole('button', { name: 'กู้คืน “รายงานผลวันที่ 15 ก.พ. 2568”' })
    .click();
  await expect(new Toast(page).message).toHaveText(
    'กู้คืน “รายงานผลวันที่ 15 ก.พ. 2568” แล้ว',
  );
  await expect(page.getByText('ไม่มีรายงานผลที่ถูกลบ')).toBeVisible();
});

test('the office history shows a change; once the year turns, old content is no longer kept and says why', async ({
  page,
}) => {
  await new AppShell(page).openSettings();
  const settings = new SettingsPage(page);
  await settings.district.fill('สามพราน');
  await settings.saveOfficeButton.click();
  await expect(settings.officeSaved).toBeVisible();
  await page.getByRole('link', { name: 'ประวัติการแก้ไขข้อมูลหน่วยงาน' }).click();
  const history = new HistoryPage(page);
  await expect(history.versions).toHaveCount(2);
  await expect(history.changeRow(history.version(0), 'อำเภอ')).toHaveText([
    'เมือง',
    'สามพราน',
  ]);
  // No name was given on this device.
  await expect(history.meta(history.version(0), 'ผู้แก้ไข')).toHaveText(
    'ไม่ได้ระบุชื่อ',
  );

  // FY2570 (from 1 Oct 2569): FY2568's replaced content goes at the next change.
  await page.clock.setFixedTime(new Date('2026-10-02T10:00:00+07:00'));
  await page.getByRole('link', { name: 'กลับไปที่ตั้งค่า' }).click();
  await settings.district.fill('นครชัยศรี');
  await settings.saveOfficeButton.click();
  await expect(settings.officeSaved).toBeVisible();
  await page.getByRole('link', { name: 'ประวัติการแก้ไขข้อมูลหน่วยงาน' }).click();
  await expect(history.versions).toHaveCount(3);
  await expect(history.version(2)).toContainText(
    'ไม่ได้เก็บเนื้อหาของฉบับนี้ไว้แล้ว ตามนโยบายการเก็บประวัติ',
  );
  await expect(history.version(2)).toContainText('ปีงบประมาณ 2569 และ 2570');
  await expect(history.changeRow(history.version(0), 'อำเภอ')).toHaveText([
    'สามพราน',
    'นครชัยศรี',
  ]);
});
