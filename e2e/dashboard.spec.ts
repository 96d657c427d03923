import { readFile } from 'node:fs/promises';

import { expect, test } from './fixtures';
import { DashboardPage, ROUND } from './page-models/dashboard-page';
import { MeasureForm } from './page-models/measure-form';
import { MeasuresPage } from './page-models/measures-page';
import { OfficesComparePage } from './page-models/offices-compare-page';
import { readPdf, skeleton } from './pdf-text';
import {
  KHUNKAEW,
  OTHER,
  importBundle,
  loadExample,
  otherOfficeBundle,
} from './support/dashboard-data';

test.describe('the office dashboard over the example', () => {
  test.beforeEach(async ({ page }) => {
    await loadExample(page);
    await new DashboardPage(page).open();
  });

  test('shows the figures of the example year', async ({ page }) => {
    const dashboard = new DashboardPage(page);
    await expect(dashboard.heading).toHaveText('ภาพรวม ปีงบประมาณ 2568');
    await expect(dashboard.figureLink('มาตรการทั้งหมด', 11)).toBeVisible();
    await expect(dashboard.figureLink('ดำเนินการแล้วเสร็จ', 11)).toBeVisible();
    // Zero figures have no measures behind them: text, not links.
    await expect(dashboard.figure('ล่าช้า')).toHaveText('ล่าช้า 0');
    await expect(dashboard.figure('ล่าช้า').getByRole('link')).toHaveCount(0);
    await expect(dashboard.figure('ไม่มีความคืบหน้าเกิน 30 วัน')).toHaveText(
      'ไม่มีความคืบหน้าเกิน 30 วัน 0',
    );
    // The updates are annual: the 6-month round lacks all 11.
    await expect(
      dashboard.figureLink('ยังไม่รายงานรอบ 6 เดือน', 11),
    ).toBeVisible();
    await expect(dashboard.figure('ยังไม่รายงานรอบ 12 เดือน')).toHaveText(
      'ยังไม่รายงานรอบ 12 เดือน 0',
    );

    await expect(dashboard.cells('status', 'ดำเนินการแล้วเสร็จ')).toHaveText([
      '11',
      '100%',
    ]);
    await expect(dashboard.cells('status', 'ล่าช้า')).toHaveText(['0', '0%']);
    await expect(dashboard.cells('rounds', ROUND.sixMonth)).toHaveText([
      '11',
      '0',
      '11',
      '0',
    ]);
    await expect(dashboard.cells('rounds', ROUND.annual)).toHaveText([
      '11',
      '11',
      '0',
      '0',
    ]);
    await expect(
      dashboard.missingList(ROUND.sixMonth).getByRole('link'),
    ).toHaveCount(11);
    await expect(dashboard.cells('units', 'สำนักปลัดเทศบาล')).toHaveText([
      '6',
      '6',
      '0',
    ]);
    await expect(dashboard.cells('units', 'กองคลัง')).toHaveText([
      '2',
      '2',
      '0',
    ]);
    await expect(dashboard.cells('units', 'กองช่าง')).toHaveText([
      '0',
      '0',
      '0',
    ]);
    await expect(dashboard.cells('units', 'ทุกส่วนราชการ')).toHaveText([
      '3',
      '3',
      '0',
    ]);

    // Today (15 Feb 2025) is marked in the timeline; ธันวาคม 2566 lies outside FY2568.
    await expect(dashboard.todayColumn).toHaveText('ก.พ.เดือนนี้');
    await expect(dashboard.table('timeline').getByRole('row')).toHaveCount(12);
    await expect(
      dashboard.table('timeline').getByText('อยู่นอกปีงบประมาณนี้'),
    ).toHaveCount(1);
    await expect(dashboard.cells('ita', '2568')).toHaveText(['—', '—', '11']);
  });

  test('draws the status chart once its library has loaded, as a figure with a caption', async ({
    page,
  }) => {
    const figure = page.getByRole('figure', {
      name: /^แผนภูมิแท่งจำนวนมาตรการตามสถานะ/,
    });
    await expect(figure.locator('canvas')).toHaveCount(1);
  });

  test('a figure leads to exactly the measures behind it', async ({ page }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.figureLink('ดำเนินการแล้วเสร็จ', 11).click();
    await expect(page).toHaveURL(/\/measures\?status=completed$/);
    const list = new MeasuresPage(page);
    await expect(list.rows).toHaveCount(11);
    await expect(list.statusFilter).toHaveValue('completed');

    await dashboard.open();
    await dashboard.cells('units', 'กองคลัง').first().getByRole('link').click();
    await expect(page).toHaveURL(/\/measures\?ids=/);
    await expect(list.rows).toHaveCount(2);
    await expect(
      page.getByText('แสดงเฉพาะมาตรการที่เลือกจากภาพรวม'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'แสดงทุกมาตรการ' }).click();
    await expect(list.rows).toHaveCount(11);
  });

  test('a measure without updates changes the counts; N days is remembered', async ({
    page,
  }) => {
    const form = new MeasureForm(page);
    const late = 'มาตรการทดสอบที่ล่าช้า';
    const later = 'มาตรการทดสอบที่ยังไม่ถึงกำหนด';
    await form.create({
      title: late,
      period: { from: '2024-10', to: '2024-12' },
      units: ['กองคลัง'],
    });
    await form.create({
      title: later,
      period: { from: '2025-07', to: '2025-09' },
      units: ['กองช่าง'],
    });

    const dashboard = new DashboardPage(page);
    await dashboard.open();
    await expect(dashboard.figureLink('มาตรการทั้งหมด', 13)).toBeVisible();
    await expect(dashboard.figureLink('ล่าช้า', 1)).toBeVisible();
    await expect(dashboard.cells('status', 'ยังไม่เริ่ม')).toHaveText(['1', '8%']);
    await expect(dashboard.cells('late', `12. ${late}`)).toHaveText([
      'ต.ค.67 - ธ.ค.67',
      'กองคลัง',
      '46',
    ]);
    // Started without an update: quiet. Not begun yet: not expected to have news.
    await expect(
      dashboard.figureLink('ไม่มีความคืบหน้าเกิน 30 วัน', 1),
    ).toBeVisible();
    await expect(
      dashboard.figureLink('ยังไม่รายงานรอบ 12 เดือน', 2),
    ).toBeVisible();
    await expect(dashboard.cells('units', 'กองคลัง')).toHaveText([
      '3',
      '2',
      '1',
    ]);

    await dashboard.quietDays.fill('๗');
    await expect(dashboard.figureLink('ไม่มีความคืบหน้าเกิน 7 วัน', 1)).toBeVisible();
    await page.reload();
    await expect(dashboard.quietDays).toHaveValue('7');

    await dashboard.figureLink('ล่าช้า', 1).click();
    await new MeasuresPage(page).expectTitles([late]);
  });
});

test("ITA results entered in Settings show as a trend beside each year's measures", async ({
  page,
}) => {
  await loadExample(page);
  await page.goto('/settings');
  const ita = page.getByRole('region', { name: 'ผลการประเมิน ITA ย้อนหลัง' });
  for (const [row, [year, score, level]] of [
    ['2567', '88.5', 'A'],
    ['๒๕๖๘', '96.73', 'AA'],
  ].entries()) {
    await ita.getByRole('button', { name: 'เพิ่มปี' }).click();
    await ita
      .getByRole('textbox', { name: `ปีงบประมาณ (แถว ${row + 1})` })
      .fill(year!);
    // The level first: leaving the score fills an empty level with a suggestion.
    await ita
      .getByRole('textbox', { name: `ระดับ (แถว ${row + 1})` })
      .fill(level!);
    await ita
      .getByRole('textbox', { name: `คะแนน (แถว ${row + 1})` })
      .fill(score!);
  }
  await ita
    .getByRole('button', { name: 'บันทึกผลการประเมิน ITA', exact: true })
    .click();
  await expect(ita.getByText('บันทึกผลการประเมินแล้ว')).toBeVisible();

  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await expect(dashboard.cells('ita', '2567')).toHaveText(['88.5', 'A', '0']);
  await expect(dashboard.cells('ita', '2568')).toHaveText([
    '96.73',
    'AA',
    '11',
  ]);
  const trend = page.getByRole('figure', { name: /^แผนภูมิคะแนน ITA/ });
  await expect(trend.locator('canvas')).toHaveCount(1);
  await page
    .getByRole('button', { name: 'มาตรการ ปีงบประมาณ 2568: 11 มาตรการ' })
    .click();
  await expect(new MeasuresPage(page).rows).toHaveCount(11);
});

test('each dashboard table exports as CSV (with BOM) and XLSX', async ({
  page,
}) => {
  await loadExample(page);
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  const saved = async (button: ReturnType<DashboardPage['exportButton']>) => {
    const download = page.waitForEvent('download');
    await button.click();
    const file = await download;
    return {
      name: file.suggestedFilename(),
      bytes: await readFile(await file.path()),
    };
  };
  const csv = await saved(dashboard.exportButton('units', 'CSV'));
  expect(csv.name).toBe('dashboard-units.csv');
  const text = csv.bytes.toString('utf8');
  expect(text.startsWith('\ufeff')).toBe(true);
  expect(text).toContain('สำนักปลัดเทศบาล,6,6,0');
  expect(text).toContain('ทุกส่วนราชการ,3,3,0');
  const xlsx = await saved(dashboard.exportButton('rounds', 'Excel'));
  expect(xlsx.name).toBe('dashboard-rounds.xlsx');
  expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
});

test('the dashboard and the offices comparison have no serious accessibility violations', async ({
  page,
  browser,
  axe,
}) => {
  const bundle = await otherOfficeBundle(browser);
  await loadExample(page);
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await expect(page.getByRole('figure').first().locator('canvas')).toHaveCount(
    1,
  );
  await axe.expectNoSeriousA11yViolations(page);

  await importBundle(page, bundle);
  const compare = new OfficesComparePage(page);
  await compare.openFromOverview();
  await expect(compare.rows).toHaveCount(2);
  await axe.expectNoSeriousA11yViolations(page);
});

test('all offices: compared by status and rounds, filtered, sorted, and opened', async ({
  page,
  browser,
}) => {
  const bundle = await otherOfficeBundle(browser);
  await loadExample(page);
  await importBundle(page, bundle);

  const compare = new OfficesComparePage(page);
  await compare.openFromOverview();
  await expect(compare.heading).toHaveText('เปรียบเทียบหน่วยงาน ปีงบประมาณ 2568');
  await expect(compare.table).toHaveAttribute('aria-rowcount', '3');
  await expect(compare.cell(KHUNKAEW, 'measures')).toHaveText('11');
  await expect(compare.cell(KHUNKAEW, 'completed')).toHaveText('11');
  await expect(compare.cell(KHUNKAEW, 'completion')).toHaveText('100%');
  await expect(compare.cell(KHUNKAEW, 'six-month')).toHaveText('0/11');
  await expect(compare.cell(KHUNKAEW, 'annual')).toHaveText('11/11');
  await expect(compare.cell(OTHER.name, 'place')).toHaveText('เกาะคา / ลำปาง');
  await expect(compare.cell(OTHER.name, 'late')).toHaveText('1');
  await expect(compare.cell(OTHER.name, 'completion')).toHaveText('0%');
  await expect(compare.cell(OTHER.name, 'annual')).toHaveText('0/1');

  await compare.sortButton('ล่าช้า').click();
  await expect(compare.names()).toHaveText([OTHER.name, KHUNKAEW]);
  await compare.sortButton('หน่วยงาน').click();
  await expect(compare.names()).toHaveText([KHUNKAEW, OTHER.name]);

  await compare.province.selectOption('ลำปาง');
  await expect(compare.names()).toHaveText([OTHER.name]);
  await expect(compare.count).toHaveText('แสดง 1 จาก 2 หน่วยงาน');
  await compare.province.selectOption('');
  await compare.kind.selectOption({ label: 'เทศบาลตำบล' });
  await expect(compare.names()).toHaveText([KHUNKAEW]);
  await compare.kind.selectOption('');

  await compare.openButton(OTHER.name).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  const dashboard = new DashboardPage(page);
  await expect(page.getByRole('banner')).toContainText(OTHER.name);
  await expect(dashboard.figureLink('ล่าช้า', 1)).toBeVisible();
});

test('the dashboard prints on A4 without the app around it', async ({
  page,
}) => {
  await loadExample(page);
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await expect(page.getByRole('figure').first().locator('canvas')).toHaveCount(
    1,
  );
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'เมนูหลัก' })).toBeHidden();
  await expect(dashboard.printButton).toBeHidden();
  await expect(dashboard.exportButton('status', 'CSV')).toBeHidden();
  await expect(
    page.getByText(`${KHUNKAEW} · ข้อมูล ณ วันที่ 15 ก.พ. 2568`),
  ).toBeVisible();
  // The chart is scaled to the page as an image: no wider than its section.
  const chart = page.getByRole('figure').first().locator('canvas');
  const section = page.getByRole('region', { name: 'มาตรการตามสถานะ' });
  const [chartBox, sectionBox] = await Promise.all([
    chart.boundingBox(),
    section.boundingBox(),
  ]);
  expect(chartBox!.width).toBeLessThanOrEqual(sectionBox!.width);
  const pages = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pages[0]?.width).toBeCloseTo(595, 0);
  expect(pages[0]?.height).toBeCloseTo(842, 0);
  const text = skeleton(pages.map((p) => p.text).join(' '));
  expect(text).toContain(skeleton('มาตรการตามสถานะ'));
  expect(text).toContain(skeleton('ระยะเวลาดำเนินการตลอดปีงบประมาณ'));
  expect(text).not.toContain(skeleton('รับ-ส่งข้อมูล'));
  expect(text).not.toContain(skeleton('ส่งออก'));
});
