import { expect, test } from './fixtures';
import { MeasuresPage } from './page-models/measures-page';
import { NextYearPage } from './page-models/next-year-page';
import { ReportPage } from './page-models/report-page';
import { SetupPage } from './page-models/setup-page';
import { fixToday } from './today';

const DOS_AND_DONTS =
  "แนวทางปฏิบัติ Dos & Don'ts ในการประพฤติตนตามประมวลจริยธรรมของผู้บริหารท้องถิ่น, สมาชิกสภาท้องถิ่น, พนักงานส่วนท้องถิ่น";

test.beforeEach(async ({ page }) => {
  await fixToday(page);
  const setup = new SetupPage(page);
  await setup.goto();
  await setup.loadExample();
  await expect(page).toHaveURL(/\/measures$/);
});

test('FY2568 is copied to FY2569 after a preview, periods a year on, no updates, once', async ({
  page,
  axe,
}) => {
  const report = new ReportPage(page);
  await report.goto();
  await report.nextYearLink.click();

  const nextYear = new NextYearPage(page);
  await expect(nextYear.heading).toHaveText(
    'คัดลอกมาตรการปีงบประมาณ 2568 ไปปี 2569',
  );
  await expect(nextYear.rows).toHaveCount(11);
  const row = nextYear.row(DOS_AND_DONTS);
  await expect(row.getByRole('cell')).toHaveText([
    'ธันวาคม 2566',
    'ธันวาคม 2567',
    'สำนักปลัดเทศบาล',
    'จะคัดลอก',
  ]);
  await axe.expectNoSeriousA11yViolations(page);

  await nextYear.copyButton(11, 2569).click();
  await expect(nextYear.status).toHaveText(
    'คัดลอกแล้ว 11 มาตรการไปปีงบประมาณ 2569',
  );
  // Copying again would make duplicates: there is nothing left to copy.
  await expect(nextYear.nothingToCopy).toBeVisible();
  await expect(row.getByRole('cell').last()).toHaveText(
    'มีอยู่แล้วในปี 2569 ไม่คัดลอกซ้ำ',
  );

  await nextYear.openButton(2569).click();
  const list = new MeasuresPage(page);
  await expect(list.heading).toHaveText('มาตรการ ปีงบประมาณ 2569');
  await expect(list.rows).toHaveCount(11);
  const copied = list.row(DOS_AND_DONTS);
  await expect(list.cell(copied, 'period')).toHaveText('ธันวาคม 2567');
  await expect(list.cell(copied, 'lastUpdate')).toHaveText('ยังไม่มีรายงาน');
});
