import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MeasureForm } from './page-models/measure-form';
import { MeasurePage } from './page-models/measure-page';
import { MeasuresPage } from './page-models/measures-page';
import { ReportPage } from './page-models/report-page';
import { setUpOffice } from './page-models/setup-page';
import { Toast } from './page-models/toast';
import { UpdateForm } from './page-models/update-form';
import { fixToday } from './today';

const TITLE = 'มาตรการจัดการเรื่องร้องเรียน';

test.beforeEach(async ({ page }) => {
  await fixToday(page);
  await setUpOffice(page);
  // The whole of FY2568: still running on 15 Feb 2025.
  await new MeasureForm(page).create({ title: TITLE, units: 'all' });
});

test('updates move the status from not started to in progress to completed', async ({
  page,
}) => {
  const measure = new MeasurePage(page);
  const form = new UpdateForm(page);
  await expect(measure.status).toHaveText('ยังไม่เริ่ม');
  await expect(measure.noUpdatesMessage).toBeVisible();

  await measure.addUpdateButton.click();
  await expect(form.date).toHaveValue('15/2/2568'); // starts at today, in BE
  await form.fill({
    date: '2025-02-10',
    status: 'กำลังดำเนินการ',
    percent: '50',
    result: 'จัดประชุมชี้แจงเจ้าหน้าที่แล้ว',
  });
  await form.save();

  const first = measure.update('10 ก.พ. 2568');
  await expect(first).toContainText('จัดประชุมชี้แจงเจ้าหน้าที่แล้ว');
  await expect(first).toContainText('กำลังดำเนินการ');
  await expect(first).toContainText('50%');
  await expect(first).toContainText('รอบ 6 เดือน');
  await expect(measure.status).toHaveText('กำลังดำเนินการ');

  await measure.addUpdateButton.click();
  await form.fill({
    status: 'ดำเนินการแล้วเสร็จ',
    percent: '100',
    result: 'เผยแพร่ช่องทางร้องเรียนครบทุกช่องทาง',
  });
  await form.save();
  await expect(measure.updates).toHaveCount(2);
  await expect(measure.update('15 ก.พ. 2568')).toContainText('100%');
  await expect(measure.status).toHaveText('ดำเนินการแล้วเสร็จ');

  // Newest first; oldest first when chosen, and remembered on this device.
  await expect(measure.updateDates).toHaveText([
    '15 ก.พ. 2568',
    '10 ก.พ. 2568',
  ]);
  await expect(measure.updatesOrder).toHaveValue('newest');
  await measure.updatesOrder.selectOption({ label: 'เก่าสุดก่อน' });
  await expect(measure.updateDates).toHaveText([
    '10 ก.พ. 2568',
    '15 ก.พ. 2568',
  ]);
  await page.reload();
  await expect(measure.updateDates).toHaveText([
    '10 ก.พ. 2568',
    '15 ก.พ. 2568',
  ]);
  await expect(measure.updatesOrder).toHaveValue('oldest');

  await new AppShell(page).openMeasures();
  const list = new MeasuresPage(page);
  const row = list.row(TITLE);
  await expect(list.cell(row, 'status')).toHaveText('ดำเนินการแล้วเสร็จ');
  await expect(list.cell(row, 'percent')).toHaveText('100%');
  await expect(list.cell(row, 'lastUpdate')).toHaveText('15 ก.พ. 2568');
});

test('the update form explains what it refuses and keeps what was typed', async ({
  page,
}) => {
  const measure = new MeasurePage(page);
  const form = new UpdateForm(page);
  await measure.addUpdateButton.click();
  await form.fill({
    status: 'ล่าช้า',
    percent: '150',
    result: 'รอผลการอนุมัติ',
  });
  await form.save();

  await expect(form.problems).toHaveAccessibleDescription(
    /เมื่อสถานะเป็น “ล่าช้า” ต้องระบุปัญหาและอุปสรรค/,
  );
  await expect(form.percent).toHaveAccessibleDescription(
    'ร้อยละต้องเป็นตัวเลขตั้งแต่ 0 ถึง 100 (ใช้เลขไทยหรือเลขอารบิกก็ได้)',
  );
  await expect(form.result).toHaveValue('รอผลการอนุมัติ');
  await expect(form.status).toHaveValue('late');
  await expect(form.percent).toHaveValue('150');
  await expect(measure.noUpdatesMessage).toBeVisible();

  // Thai digits are read as numbers: ๘๐ is 80.
  await form.fill({ percent: '๘๐', problems: 'งบประมาณล่าช้า' });
  await form.save();
  const saved = measure.update('15 ก.พ. 2568');
  await expect(saved).toContainText('80%');
  await expect(saved).toContainText('งบประมาณล่าช้า');
  await expect(measure.status).toHaveText('ล่าช้า');
});

test('an update can be edited and deleted', async ({ page }) => {
  const measure = new MeasurePage(page);
  const form = new UpdateForm(page);
  await measure.addUpdateButton.click();
  await form.fill({ percent: '30', result: 'ร่างประกาศแล้ว' });
  await form.save();
  await expect(measure.update('15 ก.พ. 2568')).toContainText('ร่างประกาศแล้ว');

  await measure.editUpdateButton('15 ก.พ. 2568').click();
  await expect(form.percent).toHaveValue('30');
  await expect(form.result).toHaveValue('ร่างประกาศแล้ว');
  await form.fill({
    date: '2025-02-14',
    percent: '60',
    result: 'ประกาศแล้ว รอเผยแพร่',
  });
  await form.save();
  const edited = measure.update('14 ก.พ. 2568');
  await expect(edited).toContainText('ประกาศแล้ว รอเผยแพร่');
  await expect(edited).toContainText('60%');
  await expect(measure.updates).toHaveCount(1);

  await measure.deleteUpdateButton('14 ก.พ. 2568').click();
  const dialog = measure.deleteUpdateDialog;
  await measure.dialogButton(dialog, 'ยกเลิก').click();
  await expect(dialog).toBeHidden();
  await expect(measure.updates).toHaveCount(1);
  await measure.deleteUpdateButton('14 ก.พ. 2568').click();
  await measure.dialogButton(dialog, 'ลบ').click();
  await expect(measure.noUpdatesMessage).toBeVisible();
  await expect(measure.status).toHaveText('ยังไม่เริ่ม');

  // The card that had focus is gone: focus goes to the toast's undo.
  const toast = new Toast(page);
  await expect(toast.message).toHaveText('ลบรายงานผลวันที่ 14 ก.พ. 2568 แล้ว');
  await expect(toast.undoButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toast.message).toHaveText('นำรายงานผลกลับมาแล้ว');
  await expect(measure.update('14 ก.พ. 2568')).toContainText(
    'ประกาศแล้ว รอเผยแพร่',
  );
  await expect(measure.status).toHaveText('กำลังดำเนินการ');

  await measure.deleteUpdateButton('14 ก.พ. 2568').click();
  await measure.dialogButton(dialog, 'ลบ').click();
  await expect(toast.undoButton).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(toast.undoButton).toBeHidden();
  await expect(measure.noUpdatesMessage).toBeVisible();
  await expect(measure.updates).toHaveCount(0);
  await expect(measure.status).toHaveText('ยังไม่เริ่ม');
});

test('a measure whose period ended unfinished is late', async ({ page }) => {
  const form = new MeasureForm(page);
  await form.create({
    title: 'อบรมเจ้าหน้าที่ใหม่',
    period: { from: '2024-10', to: '2024-12' },
    units: ['สำนักปลัดเทศบาล'],
  });
  const measure = new MeasurePage(page);
  await expect(measure.period).toHaveText('ต.ค.67 - ธ.ค.67');
  await expect(measure.status).toHaveText('ล่าช้า');

  await expect(measure.statusReason).toHaveText(
    'ล่าช้า เพราะระยะเวลาดำเนินการสิ้นสุดเมื่อ 31 ธ.ค. 2567 โดยยังไม่แล้วเสร็จ',
  );

  // A new update of a late measure starts at late and says why.
  await measure.addUpdateButton.click();
  const update = new UpdateForm(page);
  await expect(update.status).toHaveValue('late');
  await expect(update.status).toHaveAccessibleDescription(/มาตรการนี้ล่าช้าอยู่/);
  // Work still going on does not make an ended period on time: the measure
  // stays late, so the problems are asked for though the update says
  // "in progress".
  await update.fill({
    date: '2025-02-14',
    status: 'กำลังดำเนินการ',
    percent: '90',
    result: 'อบรมไปแล้วสองรุ่น',
  });
  await expect(update.problems).toHaveAccessibleDescription(
    /ระยะเวลาดำเนินการสิ้นสุดเมื่อ 31 ธ.ค. 2567 โดยยังไม่แล้วเสร็จ/,
  );
  await update.save();
  await expect(update.problems).toHaveAccessibleDescription(
    /มาตรการจึงยังล่าช้าหลังรายงานนี้ กรุณาระบุปัญหาและอุปสรรค/,
  );
  await expect(measure.updates).toHaveCount(0);
  await update.fill({ problems: 'วิทยากรไม่ว่างในเดือนธันวาคม' });
  await update.save();
  const card = measure.update('14 ก.พ. 2568');
  await expect(card).toContainText('กำลังดำเนินการ');
  // The page never shows late beside "in progress" without saying why.
  await expect(measure.status).toHaveText('ล่าช้า');
  await expect(measure.statusReason).toHaveText(
    'ล่าช้า เพราะระยะเวลาดำเนินการสิ้นสุดเมื่อ 31 ธ.ค. 2567 โดยยังไม่แล้วเสร็จ',
  );

  // Completing it needs no problems, and ends the lateness.
  await measure.addUpdateButton.click();
  await update.fill({ status: 'ดำเนินการแล้วเสร็จ', percent: '100' });
  await update.save();
  await expect(measure.updates).toHaveCount(2);
  await expect(measure.status).toHaveText('ดำเนินการแล้วเสร็จ');
  await expect(measure.statusReason).toHaveCount(0);

  // The report prints the problems, labelled, in the results column.
  await new AppShell(page).navigation
    .getByRole('link', { name: 'รายงาน', exact: true })
    .click();
  const report = new ReportPage(page);
  const row = report.rows.filter({ hasText: 'อบรมเจ้าหน้าที่ใหม่' });
  await expect(report.cells(row).nth(3)).toContainText(
    'อบรมไปแล้วสองรุ่น ปัญหาและอุปสรรค: วิทยากรไม่ว่างในเดือนธันวาคม',
  );

  await new AppShell(page).openMeasures();
  const list = new MeasuresPage(page);
  await expect(list.cell(list.row('อบรมเจ้าหน้าที่ใหม่'), 'status')).toHaveText(
    'ดำเนินการแล้วเสร็จ',
  );
  await expect(list.cell(list.row(TITLE), 'status')).toHaveText('ยังไม่เริ่ม');
});

test('an update counts for every round its date lies in; a late 6-month report says so', async ({
  page,
  axe,
}) => {
  const measure = new MeasurePage(page);
  const form = new UpdateForm(page);
  await measure.addUpdateButton.click();
  await form.fill({
    date: '2024-12-01',
    status: 'ดำเนินการแล้วเสร็จ',
    percent: '100',
    result: 'ประกาศช่องทางร้องเรียนแล้ว',
  });
  // 1 December: the 6-month round and the whole year's; nothing to choose.
  await expect(form.rounds).toContainText('นับในรอบ 6 เดือนและรอบ 12 เดือน');
  await expect(form.lateBox).toHaveCount(0);
  await form.save();
  await expect(measure.update('1 ธ.ค. 2567')).toContainText(
    'รอบ 6 เดือน · รอบ 12 เดือน',
  );

  // After 31 March a report may be the 6-month one, handed in late.
  await measure.addUpdateButton.click();
  await form.fill({
    date: '2025-04-10',
    status: 'ดำเนินการแล้วเสร็จ',
    percent: '100',
    result: 'สรุปผลรอบหกเดือนแล้ว',
  });
  await expect(form.rounds).toContainText('นับในรอบ 12 เดือน');
  await form.lateBox.check();
  await expect(form.lateBox).toHaveAccessibleName('เป็นรายงานรอบ 6 เดือนที่ส่งล่าช้า');
  await expect(form.rounds).toContainText('นับในรอบ 6 เดือนและรอบ 12 เดือน');
  await axe.expectNoSeriousA11yViolations(page);
  await form.save();
  await expect(measure.update('10 เม.ย. 2568')).toContainText(
    'รอบ 6 เดือน (ส่งล่าช้า) · รอบ 12 เดือน',
  );

  // Both reports hold both updates, oldest first, each dated.
  await new AppShell(page).navigation
    .getByRole('link', { name: 'รายงาน', exact: true })
    .click();
  const report = new ReportPage(page);
  const result = report.cells(report.rows.first()).nth(3);
  const both =
    'ณ วันที่ 1 ธ.ค. 2567 ประกาศช่องทางร้องเรียนแล้ว ณ วันที่ 10 เม.ย. 2568 สรุปผลรอบหกเดือนแล้ว';
  await expect(result).toHaveText(both);
  await report.round.selectOption('six-month');
  await expect(report.titleLines.nth(1)).toContainText('รอบ 6 เดือน');
  await expect(result).toHaveText(both);
});

test('a script link is refused and typed HTML is shown as text', async ({
  page,
}) => {
  const alerts: string[] = [];
  page.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  const html = '<b>bold</b><img src=x onerror=alert(1)>';
  const measure = new MeasurePage(page);
  const form = new UpdateForm(page);
  await measure.addUpdateButton.click();
  await form.fill({
    percent: '10',
    result: html,
    evidence: ['javascript:alert(1)'],
  });
  await form.save();
  await expect(form.link(1)).toHaveAccessibleDescription(
    'ลิงก์ต้องขึ้นต้นด้วย http:// หรือ https:// เช่น https://www.example.go.th',
  );
  await expect(measure.noUpdatesMessage).toBeVisible();

  await form.link(1).fill('https://www.example.go.th/ita');
  await form.save();
  const card = measure.update('15 ก.พ. 2568');
  await expect(card.getByText(html, { exact: true })).toBeVisible();
  // The DOM itself is checked: no element was made from the typed markup.
  await expect(card.locator('img, b')).toHaveCount(0);
  await expect(
    card.getByRole('link', { name: 'https://www.example.go.th/ita' }),
  ).toHaveAttribute('href', 'https://www.example.go.th/ita');
  expect(alerts).toEqual([]);
});
