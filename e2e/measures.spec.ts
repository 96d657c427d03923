import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MeasureForm, type MeasureData } from './page-models/measure-form';
import { MeasurePage } from './page-models/measure-page';
import { MeasuresPage } from './page-models/measures-page';
import { ReportPage } from './page-models/report-page';
import { setUpOffice } from './page-models/setup-page';
import { Toast } from './page-models/toast';
import { UpdateForm } from './page-models/update-form';
import { fixToday } from './today';

test.beforeEach(async ({ page }) => {
  await fixToday(page);
  await setUpOffice(page);
});

const SIX_MONTHS: MeasureData = {
  title: 'มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง',
  methods: ['จัดทำประกาศเผยแพร่แผน', 'รายงานผลทุกเดือน'],
  period: { from: '2024-10', to: '2025-03' },
  units: ['กองคลัง'],
};

/** Adds measures with whole-year periods and all units, in this order. */
async function createMeasures(
  form: MeasureForm,
  titles: readonly string[],
): Promise<void> {
  for (const title of titles) await form.create({ title, units: 'all' });
}

test('a new measure is listed with its number, period and unit', async ({
  page,
}) => {
  const form = new MeasureForm(page);
  await form.create(SIX_MONTHS);

  const details = new MeasurePage(page);
  await expect(details.heading).toHaveText(`1. ${SIX_MONTHS.title}`);
  await expect(details.period).toHaveText('ต.ค.67 - มี.ค.68');
  await expect(details.status).toHaveText('ยังไม่เริ่ม');
  await expect(
    details.detail('วิธีการดำเนินการ').getByRole('listitem'),
  ).toHaveText([...SIX_MONTHS.methods!]);

  await new AppShell(page).openMeasures();
  const list = new MeasuresPage(page);
  await list.expectOrder([SIX_MONTHS.title]);
  const row = list.row(SIX_MONTHS.title);
  await expect(list.cell(row, 'period')).toHaveText('ต.ค.67 - มี.ค.68');
  await expect(list.cell(row, 'units')).toHaveText('กองคลัง');
  await expect(list.cell(row, 'status')).toHaveText('ยังไม่เริ่ม');
  await expect(list.cell(row, 'percent')).toHaveText('–');
});

test('bad input is explained at each field and nothing typed is lost', async ({
  page,
}) => {
  const form = new MeasureForm(page);
  await form.gotoNew();
  await form.method(1).fill('ประชุมชี้แจง');
  await form.months.check();
  await form.from.fill('มี.ค. 68');
  await form.to.fill('ตุลาคม 2567');
  await form.addLinkButton.click();
  await form.link(1).fill('www.x.go.th');
  await form.save();

  await expect(form.title).toHaveAccessibleDescription('กรุณากรอกช่องนี้');
  await expect(form.to).toHaveAccessibleDescription(
    /เดือนสิ้นสุดต้องไม่ก่อนเดือนเริ่มต้น/,
  );
  await expect(form.link(1)).toHaveAccessibleDescription(
    'ลิงก์ต้องขึ้นต้นด้วย http:// หรือ https:// เช่น https://www.example.go.th',
  );
  await expect(form.units).toHaveAccessibleDescription(
    'กรุณาเลือกส่วนราชการที่รับผิดชอบอย่างน้อยหนึ่งแห่ง หรือเลือก “ทุกส่วนราชการ”',
  );
  await expect(page).toHaveURL(/\/measures\/new$/);
  await expect(form.method(1)).toHaveValue('ประชุมชี้แจง');
  await expect(form.months).toBeChecked();
  await expect(form.from).toHaveValue('มี.ค. 68');
  await expect(form.to).toHaveValue('ตุลาคม 2567');
  await expect(form.link(1)).toHaveValue('www.x.go.th');

  // Put each right: the measure saves.
  await form.title.fill('มาตรการทดสอบ');
  await form.to.fill('ก.ย. 2568');
  await form.link(1).fill('https://www.x.go.th');
  await form.unit('กองช่าง').check();
  await form.save();
  await expect(new MeasurePage(page).heading).toHaveText('1. มาตรการทดสอบ');
});

test('an edited title shows on the measure and in the list', async ({
  page,
}) => {
  const form = new MeasureForm(page);
  await form.create(SIX_MONTHS);
  const details = new MeasurePage(page);
  await details.editLink.click();
  await expect(form.heading).toHaveText('แก้ไขมาตรการ');
  await expect(form.title).toHaveValue(SIX_MONTHS.title);
  await expect(form.unit('กองคลัง')).toBeChecked();
  await form.title.fill('มาตรการเปิดเผยข้อมูล (ปรับปรุง)');
  await form.save();

  await expect(details.heading).toHaveText('1. มาตรการเปิดเผยข้อมูล (ปรับปรุง)');
  await expect(details.period).toHaveText('ต.ค.67 - มี.ค.68');
  await new AppShell(page).openMeasures();
  await new MeasuresPage(page).expectOrder(['มาตรการเปิดเผยข้อมูล (ปรับปรุง)']);
});

test('the methods keep the list style picked in the form, in the report too', async ({
  page,
}) => {
  const form = new MeasureForm(page);
  await form.create(SIX_MONTHS);
  await new MeasurePage(page).editLink.click();
  // Two steps and no style kept yet: numbered, as the report prints them.
  await expect(form.methodsStyle).toHaveValue('numbered');
  await form.methodsStyle.focus();
  await form.methodsStyle.selectOption({ label: 'ขีดนำหน้า (-)' });
  await form.save();
  await expect(page).toHaveURL(/\/measures\/[^/]+$/);

  // The measure's page lists the steps as written: "-" bullets, not numbers.
  const steps = page
    .getByRole('definition')
    .filter({ has: page.getByText(SIX_MONTHS.methods![0]!) })
    .getByRole('list');
  await expect(steps).toHaveCSS('list-style-type', '"- "');
  await new MeasurePage(page).editLink.click();
  await expect(form.methodsStyle).toHaveValue('bulleted');
  await form.cancelButton.click();
  await new AppShell(page).navigation
    .getByRole('link', { name: 'รายงาน', exact: true })
    .click();
  const report = new ReportPage(page);
  await expect(report.cells(report.rows.first()).nth(1)).toHaveText(
    SIX_MONTHS.methods!.map((step) => `- ${step}`).join('\n'),
  );
});

test('a measure moves to any place by dragging it or by choosing its number, and the order is kept', async ({
  page,
}) => {
  await createMeasures(new MeasureForm(page), ['ก', 'ข', 'ค', 'ง']);
  const list = new MeasuresPage(page);
  await list.goto();
  await list.expectOrder(['ก', 'ข', 'ค', 'ง']);

  // The mouse: the last measure dropped on the first takes its place.
  await list.dragHandle('ง').dragTo(list.row('ก'));
  await list.expectOrder(['ง', 'ก', 'ข', 'ค']);
  await list.dragHandle('ง').dragTo(list.row('ข'));
  await list.expectOrder(['ก', 'ข', 'ง', 'ค']);

  // The keyboard: the first measure straight to the end, in one move.
  await list.moveWithKeyboard(1, 4);
  await list.expectOrder(['ข', 'ง', 'ค', 'ก']);
  // Focus stays on the moved measure, now the fourth.
  await expect(list.moveButton(4)).toBeFocused();
  await list.moveWithKeyboard(3, 1);
  await list.expectOrder(['ค', 'ข', 'ง', 'ก']);

  await page.reload();
  await list.expectOrder(['ค', 'ข', 'ง', 'ก']);
});

test('a measure is deleted only after confirming, and the delete can be undone', async ({
  page,
}) => {
  await createMeasures(new MeasureForm(page), ['ก', 'ข', 'ค']);
  const list = new MeasuresPage(page);
  await list.goto();
  await list.openMeasure('ข');

  const details = new MeasurePage(page);
  await expect(details.heading).toHaveText('2. ข');
  await details.addUpdateButton.click();
  const update = new UpdateForm(page);
  await update.fill({ percent: '40', result: 'ประชุมแล้ว' });
  await update.save();
  await expect(details.updates).toHaveCount(1);
  await details.deleteButton.click();
  await expect(details.deleteDialog).toBeVisible();
  await expect(details.deleteDialog).toContainText('มาตรการ “ข”');
  await details.dialogButton(details.deleteDialog, 'ยกเลิก').click();
  await expect(details.deleteDialog).toBeHidden();
  await expect(details.heading).toHaveText('2. ข');

  await details.deleteButton.click();
  await details.dialogButton(details.deleteDialog, 'ลบ').click();
  await expect(page).toHaveURL(/\/measures$/);
  await list.expectOrder(['ก', 'ค']);

  // Undo brings it back in its place, with its update.
  const toast = new Toast(page);
  await expect(toast.message).toHaveText('ลบมาตรการ “ข” แล้ว');
  await toast.undoButton.click();
  await expect(toast.message).toHaveText('นำมาตรการ “ข” กลับมาแล้ว');
  await list.expectOrder(['ก', 'ข', 'ค']);
  await expect(list.cell(list.row('ข'), 'percent')).toHaveText('40%');
  await list.openMeasure('ข');
  await expect(details.update('15 ก.พ. 2568')).toContainText('ประชุมแล้ว');

  await details.deleteButton.click();
  await details.dialogButton(details.deleteDialog, 'ลบ').click();
  await list.expectOrder(['ก', 'ค']);
  await page.reload();
  await list.expectOrder(['ก', 'ค']);
});

test('the list filters by status and unit and searches the text', async ({
  page,
}) => {
  const form = new MeasureForm(page);
  await form.create({
    title: 'จัดซื้อจัดจ้างโปร่งใส',
    methods: ['ประกาศผลการจัดซื้อทุกเดือน'],
    units: ['กองคลัง'],
  });
  // Ended in December with nothing reported: late on 15 Feb 2025.
  await form.create({
    title: 'ซ่อมถนนตามคำร้อง',
    period: { from: '2024-10', to: '2024-12' },
    units: ['กองช่าง'],
  });
  await form.create({ title: 'No Gift Policy', units: 'all' });

  const list = new MeasuresPage(page);
  await list.goto();
  await expect(list.rows).toHaveCount(3);
  await expect(list.cell(list.row('ซ่อมถนนตามคำร้อง'), 'status')).toHaveText(
    'ล่าช้า',
  );

  await list.statusFilter.selectOption({ label: 'ล่าช้า' });
  await list.expectTitles(['ซ่อมถนนตามคำร้อง']);
  await expect(page.getByText('แสดง 1 จาก 3 มาตรการ')).toBeVisible();
  await list.statusFilter.selectOption({ label: 'ยังไม่เริ่ม' });
  await list.expectTitles(['จัดซื้อจัดจ้างโปร่งใส', 'No Gift Policy']);
  await list.statusFilter.selectOption({ label: 'ดำเนินการแล้วเสร็จ' });
  await expect(list.noMatchMessage).toBeVisible();
  await list.statusFilter.selectOption({ label: 'ทุกสถานะ' });

  // A measure of ทุกส่วนราชการ belongs to every unit.
  await list.unitFilter.selectOption({ label: 'กองคลัง' });
  await list.expectTitles(['จัดซื้อจัดจ้างโปร่งใส', 'No Gift Policy']);
  await list.unitFilter.selectOption({ label: 'กองช่าง' });
  await list.expectTitles(['ซ่อมถนนตามคำร้อง', 'No Gift Policy']);
  await list.unitFilter.selectOption({ label: 'ทุกส่วนราชการ' });

  await list.search.fill('ประกาศผล'); // in a method, not the title
  await list.expectTitles(['จัดซื้อจัดจ้างโปร่งใส']);
  await list.search.fill('gift');
  await list.expectTitles(['No Gift Policy']);
  await list.search.fill('');
  await list.expectOrder([
    'จัดซื้อจัดจ้างโปร่งใส',
    'ซ่อมถนนตามคำร้อง',
    'No Gift Policy',
  ]);
});
