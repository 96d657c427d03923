import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MeasurePage } from './page-models/measure-page';
import { MeasuresPage } from './page-models/measures-page';
import { SetupPage } from './page-models/setup-page';
import { fixToday } from './today';

test('the example loads a full year of เทศบาลตำบลขุนแก้ว', async ({ page }) => {
  await fixToday(page);
  const setup = new SetupPage(page);
  await setup.goto();
  await setup.loadExample();

  const list = new MeasuresPage(page);
  await expect(page).toHaveURL(/\/measures$/);
  await expect(list.heading).toHaveText('มาตรการ ปีงบประมาณ 2568');
  await expect(list.rows).toHaveCount(11);
  await expect(new AppShell(page).banner).toContainText('เทศบาลตำบลขุนแก้ว');
  await expect(page.getByText('แสดง 11 จาก 11 มาตรการ')).toBeVisible();

  const tenth = list.rows.nth(9);
  await expect(list.cell(tenth, 'number')).toHaveText('10');
  await expect(list.cell(tenth, 'period')).toHaveText('ธันวาคม 2566');

  const title = 'มาตรการการใช้ทรัพย์สินของทางราชการ';
  await list.openMeasure(title);
  const measure = new MeasurePage(page);
  await expect(measure.heading).toHaveText(`3. ${title}`);
  await expect(measure.updates).toHaveCount(1);
  const update = measure.update('30 ก.ย. 2568');
  await expect(update).toContainText('ดำเนินการแล้วเสร็จ');
  await expect(update).toContainText('100%');
  await expect(update).toContainText(
    'จัดทำคู่มือแนวทางปฏิบัติการใช้ทรัพย์สินของทางราชการ',
  );
  await expect(measure.status).toHaveText('ดำเนินการแล้วเสร็จ');
});
