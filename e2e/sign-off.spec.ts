import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MeasurePage } from './page-models/measure-page';
import { PersonPanel } from './page-models/person';
import { ReportPage } from './page-models/report-page';
import { SettingsPage } from './page-models/settings-page';
import { SetupPage } from './page-models/setup-page';
import { ReportSignOff } from './page-models/sign-off';
import { fixToday } from './today';

const RESULT = 'ผลการดำเนินการตามมาตรการ/กิจกรรม';
const APPROVER = 'นายสมชาย ใจดี';
// The example's update of its first measure, at the end of the year.
const UPDATE_DATE = '30 ก.ย. 2568';

test.beforeEach(async ({ page }) => {
  await fixToday(page);
  const setup = new SetupPage(page);
  await setup.goto();
  await setup.loadExample();
  await expect(page).toHaveURL(/\/measures$/);
});

async function openReport(page: Page) {
  await new AppShell(page).navigation
    .getByRole('link', { name: 'รายงาน', exact: true })
    .click();
  const report = new ReportPage(page);
  await expect(report.rows).toHaveCount(11);
  return report;
}

test("a cell of the round's report edited for the printout prints so, and goes back to the prefilled text", async ({
  page,
  axe,
}) => {
  const report = await openReport(page);
  const resultOf7 = report.cells(report.rows.nth(6)).nth(3);
  const prefilled = (await resultOf7.textContent()) ?? '';
  const signOff = new ReportSignOff(page);
  await signOff.editButton.click();
  const cell = signOff.cell(RESULT, 7);
  await expect(cell).toHaveValue(/\S/);
  await cell.fill('จัดอบรมเจ้าหน้าที่ครบทุกกอง (แก้เพื่อพิมพ์)');
  await cell.press('Tab');
  await expect(signOff.editor.getByRole('status')).toHaveText(
    'แก้ไขข้อความแล้ว 1 ช่อง',
  );
  await expect(signOff.revert(RESULT, 7)).toBeVisible();
  await axe.expectNoSeriousA11yViolations(page);
  await signOff.stopButton.click();
  await expect(resultOf7).toHaveText('จัดอบรมเจ้าหน้าที่ครบทุกกอง (แก้เพื่อพิมพ์)');
  // The printed pages say the edited text.
  await page.emulateMedia({ media: 'print' });
  await expect(report.printed).toContainText(
    'จัดอบรมเจ้าหน้าที่ครบทุกกอง (แก้เพื่อพิมพ์)',
  );
  await page.emulateMedia({ media: 'screen' });
  // Back to the text from the round's updates, by keyboard.
  await signOff.editButton.click();
  await signOff.revert(RESULT, 7).focus();
  await page.keyboard.press('Enter');
  await expect(signOff.revert(RESULT, 7)).toHaveCount(0);
  await signOff.stopButton.click();
  await expect(resultOf7).toHaveText(prefilled);
});

test('only the office approver approves; the sign-off block prints who and when; editing a locked update asks to reopen with a reason, which the history shows', async ({
  page,
  axe,
}) => {
  await page.goto('/settings');
  const person = new PersonPanel(page);
  await person.name.fill('นางสาวเอ บี');
  await person.saveButton.click();
  await expect(person.saved).toBeVisible();
  const settings = new SettingsPage(page);
  await settings.office
    .getByRole('textbox', { name: 'ผู้อนุมัติ: ชื่อ', exact: true })
    .fill(APPROVER);
  await settings.saveOfficeButton.click();
  await expect(settings.officeSaved).toBeVisible();

  const report = await openReport(page);
  const signOff = new ReportSignOff(page);
  await signOff.approveButton.click();
  await expect(signOff.alert).toHaveText(
    `อนุมัติไม่ได้: ชื่อผู้ใช้ในเครื่องนี้ (นางสาวเอ บี) ไม่ใช่ผู้อนุมัติที่ระบุในข้อมูลหน่วยงาน (${APPROVER}) ผู้อนุมัติเท่านั้นที่อนุมัติรายงานได้ ตรวจชื่อได้ที่ ตั้งค่า`,
  );

  await page.goto('/settings');
  await person.name.fill(APPROVER);
  await person.saveButton.click();
  await expect(person.saved).toBeVisible();
  await openReport(page);
  await signOff.approveButton.click();
  await expect(signOff.approval).toContainText(`อนุมัติแล้วโดย ${APPROVER} เมื่อ`);
  await expect(report.signOff).toContainText(`(${APPROVER})`);
  await expect(report.signOff).toContainText('อนุมัติในระบบเมื่อ 15 ก.พ. 2568');
  await expect(signOff.editButton).toBeDisabled();
  await axe.expectNoSeriousA11yViolations(page);

  // Editing an update of the approved round asks to reopen it, with a reason.
  await new AppShell(page).navigation
    .getByRole('link', { name: 'มาตรการ', exact: true })
    .click();
  await page
    .getByRole('link', { name: 'การป้องกันการทุจริต', exact: true })
    .click();
  const measure = new MeasurePage(page);
  await measure.editUpdateButton(UPDATE_DATE).click();
  const dialog = page.getByRole('dialog', {
    name: 'เปิดรอบที่อนุมัติแล้วเพื่อแก้ไข',
  });
  await dialog.getByRole('button', { name: 'เปิดรอบใหม่' }).click();
  await expect(dialog).toContainText('กรุณาระบุเหตุผลที่เปิดรอบใหม่');
  await axe.expectNoSeriousA11yViolations(page);
  await dialog
    .getByRole('textbox', { name: 'เหตุผลที่เปิดรอบใหม่' })
    .fill('แก้ร้อยละที่พิมพ์ผิด');
  await dialog.getByRole('button', { name: 'เปิดรอบใหม่' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(
    page.getByRole('heading', { name: 'แก้ไขรายงานผล' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'ยกเลิก', exact: true }).click();
  // The update's history says the round was reopened, when, by whom and why.
  await measure.updateHistoryLink(UPDATE_DATE).click();
  await expect(page.getByRole('main')).toContainText(
    `เปิดรอบ 12 เดือนใหม่หลังอนุมัติ เมื่อ 15 ก.พ. 2568 10:00 โดย ${APPROVER} เหตุผล: แก้ร้อยละที่พิมพ์ผิด`,
  );
});
