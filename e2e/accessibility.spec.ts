import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { ExpectedOfficesPage } from './page-models/expected-offices-page';
import { HistoryPage } from './page-models/history-page';
import { MeasureForm } from './page-models/measure-form';
import { MeasurePage } from './page-models/measure-page';
import { MeasuresPage } from './page-models/measures-page';
import { OfficePicker } from './page-models/office-picker';
import { PasteImportPage } from './page-models/paste-import-page';
import { RoundPage } from './page-models/round-page';
import { SettingsPage } from './page-models/settings-page';
import { SetupPage, TEST_OFFICE, setUpOffice } from './page-models/setup-page';
import { ReportSignOff } from './page-models/sign-off';
import { Toast } from './page-models/toast';
import { UpdateForm } from './page-models/update-form';
import { storeOffices } from './support/many-offices';
import { fixToday } from './today';

test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

test('the first-run setup has no serious violations', async ({ page, axe }) => {
  await new SetupPage(page).goto();
  await axe.expectNoSeriousA11yViolations(page);
});

test('the office picker, open and finding nothing, has no serious violations', async ({
  page,
  axe,
}) => {
  await setUpOffice(page);
  await storeOffices(page, [
    { name: 'เทศบาลตำบลหนองแสง', district: 'วาปีปทุม', province: 'มหาสารคาม' },
    {
      name: 'องค์การบริหารส่วนตำบลหนองแสง',
      district: 'ปากพลี',
      province: 'นครนายก',
    },
  ]);
  const picker = new OfficePicker(page);
  await picker.input.press('ArrowDown');
  await expect(picker.options).toHaveCount(3);
  await expect(await picker.activeOption()).toContainText(TEST_OFFICE.name);
  await axe.expectNoSeriousA11yViolations(page);
  await picker.input.fill('เชียงใหม่');
  await expect(picker.status).toHaveText('ไม่พบหน่วยงานที่ตรงกับ “เชียงใหม่”');
  await axe.expectNoSeriousA11yViolations(page);
});

test('the expected offices, with a CSV’s question open, have no serious violations', async ({
  page,
  axe,
}) => {
  await setUpOffice(page);
  await page.goto('/offices/expected');
  const expected = new ExpectedOfficesPage(page);
  await expect(expected.names).toHaveCount(0);
  await expected.addAll.click();
  await expect(expected.names).toHaveText([TEST_OFFICE.name]);
  await expected.chooseCsv('list.csv', 'ชื่อ,Phone\nเทศบาลตำบลทดสอบบ,1\n');
  await expect(expected.question('เทศบาลตำบลทดสอบบ')).toBeVisible();
  await axe.expectNoSeriousA11yViolations(page);
});

test('the round page, all offices and a figure’s offices, has no serious violations', async ({
  page,
  axe,
}) => {
  await setUpOffice(page);
  await storeOffices(page, [
    { name: 'เทศบาลตำบลหนองแสง', district: 'วาปีปทุม', province: 'มหาสารคาม' },
  ]);
  await page.goto('/offices/expected');
  const expected = new ExpectedOfficesPage(page);
  await expected.addAll.click();
  await expect(expected.names).toHaveCount(2);
  await page.goto('/rounds/2568/six-month');
  const round = new RoundPage(page);
  await expect(round.names).toHaveCount(2);
  await axe.expectNoSeriousA11yViolations(page);
  await round.figure('ยังไม่ส่ง').click();
  await expect(round.figure('ยังไม่ส่ง')).toHaveAttribute('aria-current', 'true');
  await axe.expectNoSeriousA11yViolations(page);
});

test.describe('with the example loaded', () => {
  test.beforeEach(async ({ page }) => {
    const setup = new SetupPage(page);
    await setup.goto();
    await setup.loadExample();
    await expect(new MeasuresPage(page).rows).toHaveCount(11);
  });

  test('the measures list, a measure and its form have no serious violations', async ({
    page,
    axe,
  }) => {
    const list = new MeasuresPage(page);
    await axe.expectNoSeriousA11yViolations(page);

    await list.rows.nth(0).getByRole('link').click();
    const measure = new MeasurePage(page);
    await expect(measure.updates).toHaveCount(1);
    await axe.expectNoSeriousA11yViolations(page);

    // The update form with its date calendar open.
    await measure.addUpdateButton.click();
    const update = new UpdateForm(page);
    await update.dateCalendarButton.click();
    await expect(update.dateCalendar.getByRole('grid')).toBeVisible();
    await axe.expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Escape');

    const form = new MeasureForm(page);
    await form.openNew();
    await axe.expectNoSeriousA11yViolations(page);
    await form.months.check();
    await form.toCalendarButton.click();
    await expect(form.toCalendar.getByRole('group')).toBeVisible();
    await axe.expectNoSeriousA11yViolations(page);
  });

  test("the report's text editor, its approval section and the dashboard's sign-off have no serious violations", async ({
    page,
    axe,
  }) => {
    await page.goto('/report');
    const signOff = new ReportSignOff(page);
    await signOff.editButton.click();
    await expect(signOff.editor.getByRole('group')).toHaveCount(11);
    await expect(signOff.approval).toBeVisible();
    await axe.expectNoSeriousA11yViolations(page);
    // A refused approval: the message is an alert beside the button.
    await signOff.approveButton.click();
    await expect(signOff.alert).toBeVisible();
    await axe.expectNoSeriousA11yViolations(page);
    await page.goto('/dashboard');
    await expect(
      page.getByRole('region', { name: 'การอนุมัติรายงาน' }),
    ).toBeVisible();
    await axe.expectNoSeriousA11yViolations(page);
  });

  test('a measure’s history, the deleted measures and a deleted measure’s history have no serious violations; restore works by keyboard', async ({
    page,
    axe,
  }) => {
    const list = new MeasuresPage(page);
    await list.rows.nth(0).getByRole('link').click();
    const measure = new MeasurePage(page);
    await measure.editLink.click();
    const form = new MeasureForm(page);
    await form.title.fill('ชื่อใหม่');
    await form.save();
    await measure.historyLink.click();
    const history = new HistoryPage(page);
    await expect(history.versions).toHaveCount(2);
    await axe.expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: 'กลับไปที่มาตรการ' }).click();
    await measure.deleteButton.click();
    await measure.dialogButton(measure.deleteDialog, 'ลบ').click();
    await page.getByRole('link', { name: 'มาตรการที่ลบแล้ว (1)' }).click();
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(1);
    await axe.expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: 'ประวัติของ “ชื่อใหม่”' }).click();
    await expect(history.deletedNotice).toBeVisible();
    await axe.expectNoSeriousA11yViolations(page);
    const restore = history.button(/^กู้คืนมาตรการนี้/);
    await restore.focus();
    await page.keyboard.press('Enter');
    await expect(history.deletedNotice).toBeHidden();
    // The button went with the delete: focus is on the list of versions.
    await expect(
      page.getByRole('heading', { level: 2, name: /^ฉบับที่เครื่องนี้บันทึกไว้/ }),
    ).toBeFocused();
  });

  test('Settings and the English measures list have no serious violations', async ({
    page,
    axe,
  }) => {
    const shell = new AppShell(page);
    await shell.openSettings();
    await expect(new SettingsPage(page).heading).toBeVisible();
    await axe.expectNoSeriousA11yViolations(page);

    await shell.openMeasures();
    await shell.languageButton('English').click();
    const list = new MeasuresPage(page);
    await expect(list.heading).toHaveText('Measures, fiscal year 2568');
    await expect(list.rows).toHaveCount(11);
    await axe.expectNoSeriousA11yViolations(page);
  });

  test('the report due dates, a refused date and the reminder have no serious violations', async ({
    page,
    axe,
  }) => {
    await new AppShell(page).openSettings();
    const region = page.getByRole('region', { name: 'กำหนดส่งรายงาน' });
    const sixMonth = region.getByRole('textbox', {
      name: 'วันครบกำหนดส่งรายงานรอบ 6 เดือน',
    });
    const save = region.getByRole('button', { name: 'บันทึกกำหนดส่ง' });
    await sixMonth.fill('30/9/2567');
    await save.click();
    await expect(sixMonth).toHaveAttribute('aria-invalid', 'true');
    await axe.expectNoSeriousA11yViolations(page);
    await sixMonth.fill('20/2/2568');
    await sixMonth.press('Tab');
    await expect(sixMonth).not.toHaveAttribute('aria-invalid', 'true');
    await save.click();
    await expect(
      page.getByRole('status', { name: 'เตือนกำหนดส่งรายงาน' }),
    ).toBeVisible();
    await axe.expectNoSeriousA11yViolations(page);
  });

  test('the skip link is the first stop and moves focus to the content', async ({
    page,
  }) => {
    const shell = new AppShell(page);
    await page.goto('/measures'); // a fresh load: focus starts at the top
    await expect(new MeasuresPage(page).rows).toHaveCount(11);
    await page.keyboard.press('Tab');
    await expect(shell.skipLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(shell.main).toBeFocused();
    // The next Tab continues inside the content, not back in the header.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'เพิ่มมาตรการ' })).toBeFocused();
  });

  test('after a link is followed, focus is on the new page heading; a fresh load leaves it at the top', async ({
    page,
  }) => {
    const shell = new AppShell(page);
    const list = new MeasuresPage(page);
    // By keyboard, from the menu to a page that loads on demand.
    await shell.navigation
      .getByRole('link', { name: 'ตั้งค่า', exact: true })
      .focus();
    await page.keyboard.press('Enter');
    const settings = new SettingsPage(page);
    await expect(settings.heading).toBeFocused();
    // The next Tab goes on inside the page, not back to the top.
    await page.keyboard.press('Tab');
    await expect(shell.main.locator(':focus')).toHaveCount(1);

    // By mouse, from the menu, then a link inside a page, then Back.
    await shell.openMeasures();
    await expect(list.heading).toBeFocused();
    await list.rows.nth(0).getByRole('link').click();
    const measure = new MeasurePage(page);
    await expect(measure.heading).toHaveText(/^1\. /);
    await expect(measure.heading).toBeFocused();
    await page.goBack();
    await expect(list.heading).toBeFocused();

    // A fresh load (here through the redirect from / to the overview)
    // leaves focus at the top, where the skip link is the first stop.
    await page.goto('/');
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(
      await page.evaluate(() => document.activeElement === document.body),
    ).toBe(true);
  });

  test('the delete dialog opens on Cancel and Escape closes it', async ({
    page,
  }) => {
    const list = new MeasuresPage(page);
    await list.rows.nth(0).getByRole('link').click();
    const measure = new MeasurePage(page);
    await expect(measure.heading).toHaveText(/^1\. /);

    await measure.deleteButton.click();
    const dialog = measure.deleteDialog;
    await expect(dialog).toBeVisible();
    await expect(measure.dialogButton(dialog, 'ยกเลิก')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(measure.deleteButton).toBeFocused();

    // Nothing was deleted.
    await new AppShell(page).openMeasures();
    await expect(list.rows).toHaveCount(11);
  });

  test('the toast after a delete has no serious violations and its undo works', async ({
    page,
    axe,
  }) => {
    const list = new MeasuresPage(page);
    await list.rows.nth(0).getByRole('link').click();
    const measure = new MeasurePage(page);
    await measure.deleteButton.click();
    await measure.dialogButton(measure.deleteDialog, 'ลบ').click();
    const toast = new Toast(page);
    await expect(toast.undoButton).toBeVisible();
    await expect(list.rows).toHaveCount(10);
    await axe.expectNoSeriousA11yViolations(page);
    await toast.undoButton.click();
    await expect(list.rows).toHaveCount(11);
  });
});

test('the paste preview, with wrap spaces proposed, a column to map and another office, has no serious violations', async ({
  page,
  axe,
}) => {
  await setUpOffice(page);
  const paste = new PasteImportPage(page);
  await paste.goto();
  await paste.paste(
    [
      'รายงานผล ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ เทศบาลตำบลขุนแก้ว',
      'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tผู้รับผิดชอบ\tหมายเหตุ',
      '๑. การป้องกันการ ทุจริต\tจัดทำคู่มือแนวทาง ปฏิบัติ\tไตรมาส ๕\tกองคลัง\tดูแฟ้ม',
    ].join('\n'),
  );
  await expect(paste.mapping).toBeVisible();
  await expect(paste.otherOffice).toBeVisible();
  await expect(paste.wrapMarks('ชื่อมาตรการที่ 1')).toHaveCount(1);
  await axe.expectNoSeriousA11yViolations(page);
  await paste.wrapMarks('ชื่อมาตรการที่ 1').click();
  await expect(paste.wrapMarks('ชื่อมาตรการที่ 1')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await axe.expectNoSeriousA11yViolations(page);
});

test('the ITAS answer sheet, its item form and the announcement have no serious violations', async ({
  page,
  axe,
}) => {
  await page.route('http://www.khunkaew.go.th/**', (route) =>
    route.fulfill({ status: 200, body: 'ok' }),
  );
  const setup = new SetupPage(page);
  await setup.goto();
  await setup.loadExample();
  await expect(page).toHaveURL(/\/measures$/);
  await page.goto('/itas');
  await page.getByRole('button', { name: 'เริ่มจากข้อของเกณฑ์ ITA 2568' }).click();
  await expect(page.getByRole('region', { name: /^O37 / })).toBeVisible();
  await axe.expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'แก้ไขข้อ O36' }).click();
  await expect(page.getByRole('textbox', { name: 'เลขข้อ' })).toHaveValue('O36');
  await axe.expectNoSeriousA11yViolations(page);
  await page.goto('/itas/announcement');
  await expect(page.locator('.itas-paper h2')).toBeVisible();
  await axe.expectNoSeriousA11yViolations(page);
});
