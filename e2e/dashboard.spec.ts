import { readFile } from 'node:fs/promises';

import type { Locator, Page } from '@playwright/test';

import { readSheetCells } from '../src/testing/xlsx-cells';
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { DashboardPage, ROUND } from './page-models/dashboard-page';
import { MeasureForm } from './page-models/measure-form';
import { MeasurePage } from './page-models/measure-page';
import { MeasuresPage } from './page-models/measures-page';
import { OfficePicker } from './page-models/office-picker';
import { OfficesComparePage } from './page-models/offices-compare-page';
import { OfficesPage } from './page-models/offices-page';
import { ReportPage } from './page-models/report-page';
import { SettingsPage } from './page-models/settings-page';
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
    // Every update counts for the whole year; those dated by 31 March (the
    // example's measures 5, 10 and 11) for the 6-month round too.
    await expect(dashboard.figureLink('ยังไม่รายงานรอบ 6 เดือน', 8)).toBeVisible();
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
      '3',
      '8',
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
    ).toHaveCount(8);
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
    // Totals: each measure once by unit; the statuses add up to every measure.
    await expect(dashboard.cells('units', 'รวม (นับมาตรการละครั้ง)')).toHaveText([
      '11',
      '11',
      '0',
    ]);
    await expect(dashboard.cells('status', 'รวม')).toHaveText(['11', '100%']);

    // Today (15 Feb 2025) is marked in the timeline; ธันวาคม 2566 lies outside FY2568.
    await expect(dashboard.todayColumn).toHaveText('ก.พ.เดือนนี้');
    await expect(dashboard.table('timeline').getByRole('row')).toHaveCount(12);
    await expect(
      dashboard.table('timeline').getByText('อยู่นอกปีงบประมาณนี้'),
    ).toHaveCount(1);
    await expect(dashboard.cells('ita', '2568')).toHaveText(['—', '—', '11']);
  });

  test('each figure sits under its own heading, aligned as the heading is', async ({
    page,
  }) => {
    const dashboard = new DashboardPage(page);
    for (const name of ['units', 'rounds', 'status'] as const) {
      const columns = await dashboard.columnText(name);
      expect(columns.length).toBeGreaterThan(2);
      for (const [i, { heading, cells }] of columns.entries()) {
        expect(cells.length).toBeGreaterThan(0);
        // Names line up on the left, figures on the right, headings included.
        const edge = i === 0 ? 'left' : 'right';
        for (const cell of cells) {
          expect(
            Math.abs(cell[edge] - heading[edge]),
            `${name}: "${cell.text}" under "${heading.text}" (${edge} edges)`,
          ).toBeLessThanOrEqual(1);
        }
      }
    }
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

test('round names follow the Thai digits setting: dashboard, report, update', async ({
  page,
}) => {
  await loadExample(page);
  await page.goto('/settings');
  await new SettingsPage(page).thaiDigits.check();
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await expect(
    dashboard.keyFigures.getByRole('link', {
      name: 'ยังไม่รายงานรอบ ๖ เดือน ๘',
      exact: true,
    }),
  ).toBeVisible();
  await expect(
    dashboard.row('rounds', 'รอบ ๖ เดือน (๑ ต.ค. – ๓๑ มี.ค.)'),
  ).toBeVisible();
  await expect(
    dashboard.missingList('รอบ ๑๒ เดือน (๑ ต.ค. – ๓๐ ก.ย.)'),
  ).toHaveText('รายงานครบทุกมาตรการแล้ว');

  await new AppShell(page).navigation
    .getByRole('link', { name: 'รายงาน', exact: true })
    .click();
  const report = new ReportPage(page);
  await expect(report.round.getByRole('option')).toHaveText([
    'รอบ ๖ เดือน (๑ ต.ค. – ๓๑ มี.ค.)',
    'รอบ ๑๒ เดือน (๑ ต.ค. – ๓๐ ก.ย.)',
  ]);

  // Measure 5 was done by 31 March: its update counts for both rounds.
  await page.goto('/measures');
  await new MeasuresPage(page).openMeasure(
    'ปรับปรุงประสิทธิภาพในการตอบข้อซักถามหรือข้อสงสัยของผู้มาใช้บริการ',
  );
  await expect(new MeasurePage(page).updates).toContainText(
    'รอบ ๖ เดือน · รอบ ๑๒ เดือน',
  );
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

/** Clicks an export button and reads the file it saves. */
async function downloaded(page: Page, button: Locator): Promise<Buffer> {
  const download = page.waitForEvent('download');
  await button.click();
  return readFile(await (await download).path());
}

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
  expect(text).toContain('รวม (นับมาตรการละครั้ง),11,11,0');
  const xlsx = await saved(dashboard.exportButton('rounds', 'Excel'));
  expect(xlsx.name).toBe('dashboard-rounds.xlsx');
  expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
  // Figures are number cells (a SUM in Excel adds them), names are text.
  const rounds = readSheetCells(new Uint8Array(xlsx.bytes)).slice(3);
  expect(rounds).toHaveLength(2);
  for (const [name, ...figures] of rounds) {
    expect(name?.type).toBe('text');
    expect(figures.map((cell) => cell?.type)).toEqual([
      'number',
      'number',
      'number',
      'number',
    ]);
  }
  const units = await saved(dashboard.exportButton('units', 'Excel'));
  const unitRows = readSheetCells(new Uint8Array(units.bytes));
  const label = (value: string) => ({ type: 'text', value });
  const number = (value: number) => ({ type: 'number', value });
  expect(unitRows[3]).toEqual([
    label('สำนักปลัดเทศบาล'),
    number(6),
    number(6),
    number(0),
  ]);
  expect(unitRows.at(-1)).toEqual([
    label('รวม (นับมาตรการละครั้ง)'),
    number(11),
    number(11),
    number(0),
  ]);
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

test('all offices: listed, searched, sorted and exported; compared by status and rounds, filtered, sorted, and opened', async ({
  page,
  browser,
}) => {
  const bundle = await otherOfficeBundle(browser);
  await loadExample(page);
  await importBundle(page, bundle);

  // ทุกหน่วยงาน: search, sort and export as the comparison has them.
  const offices = new OfficesPage(page);
  await offices.open();
  await expect(offices.names()).toHaveText([KHUNKAEW, OTHER.name]);
  await offices.sortButton('มาตรการ').click();
  await expect(offices.names()).toHaveText([KHUNKAEW, OTHER.name]);
  await offices.sortButton('มาตรการ').click();
  await expect(offices.names()).toHaveText([OTHER.name, KHUNKAEW]);
  await offices.sortButton('หน่วยงาน').click();
  await expect(offices.names()).toHaveText([KHUNKAEW, OTHER.name]);
  await expect(offices.totalCells()).toHaveText([
    '',
    '',
    '12',
    '11',
    '',
    '',
    '0',
  ]);
  const overview = readSheetCells(
    new Uint8Array(await downloaded(page, offices.exportButton('Excel'))),
  );
  expect(overview.at(-1)?.map((cell) => cell?.value)).toEqual([
    'รวมทุกหน่วยงานที่แสดง',
    undefined,
    undefined,
    12,
    11,
    undefined,
    undefined,
    0,
  ]);
  expect(
    overview.find((row) => row[0]?.value === KHUNKAEW)?.slice(3, 5),
  ).toEqual([
    { type: 'number', value: 11 },
    { type: 'number', value: 11 },
  ]);
  await offices.search.fill('เกาะคา');
  await expect(offices.names()).toHaveText([OTHER.name]);
  await expect(offices.count).toHaveText('แสดง 1 จาก 2 หน่วยงาน');
  await expect(offices.totalCells().nth(2)).toHaveText('1');
  const csv = (await downloaded(page, offices.exportButton('CSV'))).toString(
    'utf8',
  );
  expect(csv).toContain(`${OTHER.name},เกาะคา / ลำปาง,2568,1,0,`);
  expect(csv).not.toContain(KHUNKAEW);

  const compare = new OfficesComparePage(page);
  await compare.openFromOverview();
  await expect(compare.heading).toHaveText('เปรียบเทียบหน่วยงาน ปีงบประมาณ 2568');
  // At 1280×720 the key figures are in view without scrolling sideways…
  const view = (await compare.scroller.boundingBox())!;
  for (const header of ['มาตรการ', 'อัตราสำเร็จ', 'รอบ 6 เดือน', 'รอบ 12 เดือน']) {
    const box = (await compare.columnHeader(header).boundingBox())!;
    expect(box.x + box.width, header).toBeLessThanOrEqual(view.x + view.width);
  }
  // …and scrolled to the far right, the names are still there.
  await compare.scroller.evaluate((scroller) => {
    scroller.scrollLeft = scroller.scrollWidth;
  });
  for (const name of [
    ...(await compare.names().all()),
    compare.columnHeader('หน่วยงาน'),
  ]) {
    const box = (await name.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(view.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(view.x + view.width);
  }
  await compare.scroller.evaluate((scroller) => {
    scroller.scrollLeft = 0;
  });
  await expect(compare.table).toHaveAttribute('aria-rowcount', '4');
  await expect(compare.cell(KHUNKAEW, 'measures')).toHaveText('11');
  await expect(compare.cell(KHUNKAEW, 'completed')).toHaveText('11');
  await expect(compare.cell(KHUNKAEW, 'completion')).toHaveText('100%');
  await expect(compare.cell(KHUNKAEW, 'six-month')).toHaveText('3/11');
  await expect(compare.cell(KHUNKAEW, 'annual')).toHaveText('11/11');
  await expect(compare.cell(OTHER.name, 'place')).toHaveText('เกาะคา / ลำปาง');
  await expect(compare.cell(OTHER.name, 'late')).toHaveText('1');
  await expect(compare.cell(OTHER.name, 'completion')).toHaveText('0%');
  await expect(compare.cell(OTHER.name, 'annual')).toHaveText('0/1');
  // The total of the offices shown: counts added, the rate over all measures.
  await expect(compare.totalCells()).toHaveText([
    '12',
    '92%',
    '3/12',
    '11/12',
    '0',
    '0',
    '11',
    '1',
    '0',
    '',
    '',
  ]);
  // Exported, the figures are numbers and a round is two of them (never
  // "11/12", which a spreadsheet would read as a date); the total comes last.
  const download = page.waitForEvent('download');
  await page
    .getByRole('button', { name: 'ส่งออก Excel: เปรียบเทียบหน่วยงาน' })
    .click();
  const sheet = readSheetCells(
    new Uint8Array(await readFile(await (await download).path())),
  );
  expect(sheet[2]?.slice(0, 7).map((cell) => cell?.value)).toEqual([
    'หน่วยงาน',
    'มาตรการ',
    'อัตราสำเร็จ',
    'รอบ 6 เดือน: รายงานแล้ว',
    'รอบ 6 เดือน: ต้องรายงาน',
    'รอบ 12 เดือน: รายงานแล้ว',
    'รอบ 12 เดือน: ต้องรายงาน',
  ]);
  const figures = (row: (typeof sheet)[number] | undefined) =>
    row?.slice(0, 12).map((cell) => cell?.value);
  expect(figures(sheet.find((row) => row[0]?.value === KHUNKAEW))).toEqual([
    KHUNKAEW,
    11,
    1,
    3,
    11,
    11,
    11,
    0,
    0,
    11,
    0,
    0,
  ]);
  expect(figures(sheet.at(-1))).toEqual([
    'รวมทุกหน่วยงานที่แสดง',
    12,
    11 / 12,
    3,
    12,
    11,
    12,
    0,
    0,
    11,
    1,
    0,
  ]);
  expect(sheet.flat().filter((cell) => cell?.type === 'number')).toHaveLength(
    3 * 11,
  );

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
  await expect(new OfficePicker(page).input).toHaveValue(OTHER.name);
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
