import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MeasureForm } from './page-models/measure-form';
import { MeasurePage } from './page-models/measure-page';
import { MeasuresPage } from './page-models/measures-page';
import { setUpOffice, TEST_OFFICE } from './page-models/setup-page';
import { UpdateForm } from './page-models/update-form';
import { fixToday } from './today';

test('office, measure and update survive a reload', async ({ page }) => {
  await fixToday(page);
  await setUpOffice(page);
  const title = 'มาตรการส่งเสริมการมีส่วนร่วมของประชาชน';
  await new MeasureForm(page).create({
    title,
    period: { from: '2024-10', to: '2025-09' },
    units: ['สำนักปลัดเทศบาล'],
  });
  const measure = new MeasurePage(page);
  await measure.addUpdateButton.click();
  const form = new UpdateForm(page);
  await form.fill({ percent: '40', result: 'จัดเวทีประชาคมแล้ว 2 ครั้ง' });
  await form.save();
  await expect(measure.status).toHaveText('กำลังดำเนินการ');

  await page.reload();
  const shell = new AppShell(page);
  await expect(shell.banner).toContainText(TEST_OFFICE.name);
  await expect(measure.heading).toHaveText(`1. ${title}`);
  await expect(measure.status).toHaveText('กำลังดำเนินการ');
  await expect(measure.period).toHaveText('ต.ค.67 - ก.ย.68');
  const update = measure.update('15 ก.พ. 2568');
  await expect(update).toContainText('จัดเวทีประชาคมแล้ว 2 ครั้ง');
  await expect(update).toContainText('40%');

  await shell.openMeasures();
  await page.reload();
  const list = new MeasuresPage(page);
  await list.expectOrder([title]);
  const row = list.row(title);
  await expect(list.cell(row, 'units')).toHaveText('สำนักปลัดเทศบาล');
  await expect(list.cell(row, 'status')).toHaveText('กำลังดำเนินการ');
  await expect(list.cell(row, 'lastUpdate')).toHaveText('15 ก.พ. 2568');
  await expect(shell.banner).toContainText(TEST_OFFICE.name);
});
