import type { Locator, Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MeasureForm } from './page-models/measure-form';
import { MeasurePage } from './page-models/measure-page';
import { SettingsPage } from './page-models/settings-page';
import { setUpOffice } from './page-models/setup-page';
import { UpdateForm } from './page-models/update-form';
import { waitForDraft } from './support/pwa';
import { fixToday } from './today';
import { wordsOf } from './typed-dates';

// Today is 15 Feb 2025 (BE 2568), in FY2568.
test.beforeEach(async ({ page }) => {
  await fixToday(page);
  await setUpOffice(page);
});

test('an update date typed in BE, Thai digits or a month name is read back in words; a CE year is questioned', async ({
  page,
}) => {
  await new MeasureForm(page).create({ title: 'มาตรการทดสอบ', units: 'all' });
  const measure = new MeasurePage(page);
  const form = new UpdateForm(page);
  await measure.addUpdateButton.click();

  await form.date.fill('๑๐ ก.พ. ๖๘');
  await form.percent.focus(); // leaving the field reads it
  await expect(wordsOf(form.date)).toHaveText('วันจันทร์ที่ 10 กุมภาพันธ์ พ.ศ. 2568');
  await expect(form.date).toHaveAccessibleDescription(
    /วันจันทร์ที่ 10 กุมภาพันธ์ พ.ศ. 2568/,
  );

  // The Christian-era year an officer types out of habit: refused at the field.
  await form.date.fill('10/2/2025');
  await form.percent.focus();
  await expect(form.date).toHaveAccessibleDescription(
    /ปี 2025 อยู่ห่างจากปีงบประมาณ 2568 หลายร้อยปี อาจพิมพ์เป็นปี ค\.ศ\. ช่องนี้ใช้ปี พ\.ศ\. หมายถึงปี 2568 หรือไม่/,
  );
  await form.fill({ percent: '20', result: 'เริ่มดำเนินการ' });
  await form.save();
  await expect(measure.noUpdatesMessage).toBeVisible();

  await form.date.fill('สิบ ก.พ.');
  await form.save();
  await expect(form.date).toHaveAccessibleDescription(
    /อ่านวันที่นี้ไม่ออก กรุณาพิมพ์วัน เดือน ปี พ\.ศ\. เช่น 1\/12\/2567 หรือ 1 ธ\.ค\. 2567/,
  );
  await expect(form.date).toHaveValue('สิบ ก.พ.');

  await form.date.fill('10 กุมภาพันธ์ 2568');
  await form.save();
  await expect(measure.update('10 ก.พ. 2568')).toContainText('เริ่มดำเนินการ');
});

/**
 * A click as a person makes it on a button just scrolled into view: pressed,
 * then released once the page has drawn its answer to the press (the field
 * left is read again), at the same place on the screen. The button must
 * still be under the pointer then, or the click misses it.
 */
async function clickAsPeopleDo(page: Page, button: Locator) {
  await button.evaluate((b) => b.scrollIntoView({ block: 'end' }));
  const box = await button.boundingBox();
  if (!box) throw new Error('the button is not shown');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.evaluate(
    () =>
      new Promise<void>((drawn) =>
        requestAnimationFrame(() => requestAnimationFrame(() => drawn())),
      ),
  );
  const after = await button.boundingBox();
  expect(after?.y, 'the top of the button, pressed then').toBeCloseTo(box.y, 0);
  await page.mouse.up();
}

// Correcting a refused date and clicking Save at once: leaving the field
// takes the message away, and the click must still land on the button.
test('a refused date corrected, then Save clicked straight from the field, saves', async ({
  page,
}) => {
  // A tall screen shows the whole form; an earlier update below it keeps
  // the page from being scrolled to its end, where the browser would hold
  // the button in place.
  await page.setViewportSize({ width: 1280, height: 1400 });
  await new MeasureForm(page).create({ title: 'มาตรการทดสอบ', units: 'all' });
  const measure = new MeasurePage(page);
  const form = new UpdateForm(page);
  await measure.addUpdateButton.click();
  await form.fill({ date: '2025-01-10', percent: '10', result: 'วางแผน' });
  await form.save();
  await expect(measure.update('10 ม.ค. 2568')).toBeVisible();
  await measure.addUpdateButton.click();
  await form.fill({ percent: '20', result: 'เริ่มดำเนินการ' });

  await form.date.fill('10/2/2025');
  await form.percent.focus();
  await expect(form.date).toHaveAccessibleDescription(/อาจพิมพ์เป็นปี ค\.ศ\./);
  await form.date.fill('10/2/2568');
  await clickAsPeopleDo(page, form.saveButton);
  await expect(measure.update('10 ก.พ. 2568')).toContainText('เริ่มดำเนินการ');

  // The measure form's months, the same way.
  await measure.editLink.click();
  const measureForm = new MeasureForm(page);
  await measureForm.months.check();
  await measureForm.from.fill('ตุลาคม 2024');
  await measureForm.to.focus();
  await expect(measureForm.from).toHaveAccessibleDescription(/หรือไม่/);
  await measureForm.to.fill('มี.ค. 2568');
  await measureForm.from.fill('ต.ค. 2567');
  await clickAsPeopleDo(page, measureForm.saveButton);
  await expect(measure.period).toHaveText('ต.ค.67 - มี.ค.68');
});

test('the calendar pop-up picks a date in BE by mouse and by keyboard', async ({
  page,
}) => {
  await new MeasureForm(page).create({ title: 'มาตรการทดสอบ', units: 'all' });
  const measure = new MeasurePage(page);
  const form = new UpdateForm(page);
  await measure.addUpdateButton.click();

  await form.dateCalendarButton.click();
  const calendar = form.dateCalendar;
  await expect(calendar.getByRole('grid')).toHaveAccessibleName('กุมภาพันธ์ 2568');
  // The selected day (today) has the focus.
  await expect(
    calendar.getByRole('button', {
      name: 'วันเสาร์ที่ 15 กุมภาพันธ์ พ.ศ. 2568, วันนี้, วันที่เลือก',
    }),
  ).toBeFocused();
  await calendar.getByRole('button', { name: 'เดือนก่อนหน้า' }).click();
  await expect(calendar.getByRole('grid')).toHaveAccessibleName('มกราคม 2568');
  await calendar
    .getByRole('button', { name: 'วันพุธที่ 8 มกราคม พ.ศ. 2568' })
    .click();
  await expect(calendar).toBeHidden();
  await expect(form.date).toHaveValue('8/1/2568');
  await expect(wordsOf(form.date)).toHaveText('วันพุธที่ 8 มกราคม พ.ศ. 2568');
  await expect(form.dateCalendarButton).toBeFocused();

  // Keyboard: open, move a week on and a day back, pick with Enter.
  await page.keyboard.press('Enter');
  await expect(
    calendar.getByRole('button', { name: /^วันพุธที่ 8 มกราคม พ\.ศ\. 2568/ }),
  ).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowLeft');
  await expect(
    calendar.getByRole('button', { name: 'วันอังคารที่ 14 มกราคม พ.ศ. 2568' }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form.date).toHaveValue('14/1/2568');

  // Escape closes without a change.
  await form.dateCalendarButton.click();
  await page.keyboard.press('Escape');
  await expect(calendar).toBeHidden();
  await expect(form.date).toHaveValue('14/1/2568');

  await form.fill({ percent: '10' });
  await form.save();
  await expect(measure.update('14 ม.ค. 2568')).toBeVisible();
});

test('measure months typed as words, picked from the month calendar, or refused far from the year', async ({
  page,
}) => {
  const form = new MeasureForm(page);
  await form.gotoNew();
  await form.title.fill('มาตรการเผยแพร่ข้อมูล');
  await form.method(1).fill('ประกาศ');
  await form.allUnits.check();
  await form.months.check();

  await form.from.fill('ตุลาคม 2024');
  await form.to.focus();
  await expect(form.from).toHaveAccessibleDescription(
    /ปี 2024 อยู่ห่างจากปีงบประมาณ 2568 หลายร้อยปี อาจพิมพ์เป็นปี ค\.ศ\. ช่องนี้ใช้ปี พ\.ศ\. หมายถึงปี 2567 หรือไม่/,
  );
  await form.from.fill('ตุลาคม 2567');
  await form.to.focus();
  await expect(wordsOf(form.from)).toHaveText('ตุลาคม 2567');
  await expect(form.from).not.toHaveAccessibleDescription(/หรือไม่/);

  // The month calendar by keyboard: it opens on October of the fiscal year.
  await form.toCalendarButton.focus();
  await page.keyboard.press('Enter');
  const calendar = form.toCalendar;
  await expect(
    calendar.getByRole('heading', { name: 'พ.ศ. 2567' }),
  ).toBeVisible();
  await expect(
    calendar.getByRole('button', { name: 'ตุลาคม พ.ศ. 2567' }),
  ).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(
    calendar.getByRole('heading', { name: 'พ.ศ. 2568' }),
  ).toBeVisible();
  await page.keyboard.press('ArrowUp'); // ก.ค.
  await page.keyboard.press('ArrowUp'); // เม.ย.
  await page.keyboard.press('ArrowLeft'); // มี.ค.
  await expect(
    calendar.getByRole('button', { name: 'มีนาคม พ.ศ. 2568' }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(calendar).toBeHidden();
  await expect(form.to).toHaveValue('มี.ค. 2568');
  await expect(wordsOf(form.to)).toHaveText('มีนาคม 2568');

  await form.save();
  await expect(new MeasurePage(page).period).toHaveText('ต.ค.67 - มี.ค.68');
});

test('with Thai digits chosen, the field, its words and its messages use them', async ({
  page,
}) => {
  const shell = new AppShell(page);
  await shell.openSettings();
  await new SettingsPage(page).thaiDigits.check();
  await new MeasureForm(page).create({ title: 'มาตรการทดสอบ', units: 'all' });
  const measure = new MeasurePage(page);
  const form = new UpdateForm(page);
  await measure.addUpdateButton.click();
  await expect(form.date).toHaveValue('๑๕/๒/๒๕๖๘');
  await form.date.fill('1/3/2568');
  await form.percent.focus();
  await expect(wordsOf(form.date)).toHaveText('วันเสาร์ที่ ๑ มีนาคม พ.ศ. ๒๕๖๘');
  await form.date.fill('1/3/3111');
  await form.percent.focus();
  await expect(form.date).toHaveAccessibleDescription(
    /ปี ๓๑๑๑ อยู่ห่างจากปีงบประมาณ ๒๕๖๘ หลายร้อยปี อาจบวก ๕๔๓ ซ้ำ หมายถึงปี ๒๕๖๘ หรือไม่/,
  );
});

test('a date that does not read yet is kept in the draft as typed', async ({
  page,
}) => {
  await new MeasureForm(page).create({ title: 'มาตรการทดสอบ', units: 'all' });
  const measure = new MeasurePage(page);
  const form = new UpdateForm(page);
  await measure.addUpdateButton.click();
  await form.date.fill('12 มีนาค');
  await waitForDraft(page, 'update:new:');
  await page.reload();
  await expect(form.date).toHaveValue('12 มีนาค');
  await form.date.fill('12 มีนาคม 68');
  await form.fill({ percent: '5' });
  await form.save();
  await expect(measure.update('12 มี.ค. 2568')).toBeVisible();
});

test('the English screen reads and shows dates in the common era', async ({
  page,
}) => {
  await new MeasureForm(page).create({ title: 'มาตรการทดสอบ', units: 'all' });
  await new AppShell(page).languageButton('English').click();
  await page.getByRole('button', { name: 'Report progress' }).click();
  const date = page.getByRole('textbox', { name: 'Date', exact: true });
  await expect(date).toHaveValue('15/02/2025');
  await date.fill('3 Mar 2025');
  await date.press('Enter');
  await expect(wordsOf(date)).toHaveText('Monday, 3 March 2025');
  await date.fill('3/3/2568');
  await date.press('Enter');
  await expect(date).toHaveAccessibleDescription(
    /2568 is centuries away from fiscal year 2568: is it a Buddhist-era year\? .* Did you mean 2025\?/,
  );
});
