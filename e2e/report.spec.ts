import { readFile } from 'node:fs/promises';

import { readSheetCells } from '../src/testing/xlsx-cells';
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { ReportPage } from './page-models/report-page';
import { SetupPage } from './page-models/setup-page';
import { readPdf, skeleton } from './pdf-text';
import { fixToday } from './today';

const TITLE_LINE_1 =
  'รายงานผลการดำเนินการตามมาตรการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';
const HEADINGS = [
  'มาตรการ/แนวทาง',
  'วิธีการดำเนินการ',
  'ระยะเวลาดำเนินการ',
  'ผลการดำเนินการตามมาตรการ/กิจกรรม',
  'ข้อเสนอแนะ',
  'ผู้รับผิดชอบ',
  'ผลลัพธ์หรือความสำเร็จของการดำเนินการ',
];
const MEASURE_7 = 'มาตรการพัฒนาตัวชี้วัดการประเมิน ITA';

test.beforeEach(async ({ page }) => {
  await fixToday(page);
  const setup = new SetupPage(page);
  await setup.goto();
  await setup.loadExample();
  await expect(page).toHaveURL(/\/measures$/);
  await new AppShell(page).navigation
    .getByRole('link', { name: 'รายงาน', exact: true })
    .click();
});

test('the FY2568 annual report has the official title block, columns and sign-off', async ({
  page,
  axe,
}) => {
  const report = new ReportPage(page);
  await expect(report.heading).toHaveText('รายงานผลการดำเนินการ ปีงบประมาณ 2568');
  await expect(report.round).toHaveValue('annual');
  await expect(report.titleLines).toHaveText([
    TITLE_LINE_1,
    '(Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. 2568',
    'เทศบาลตำบลขุนแก้ว อำเภอนครชัยศรี จังหวัดนครปฐม',
  ]);
  await expect(report.columnHeaders).toHaveText(HEADINGS);
  await expect(report.rows).toHaveCount(11);
  const seventh = report.cells(report.rows.nth(6));
  await expect(seventh.nth(0)).toHaveText(`7. ${MEASURE_7}`);
  await expect(seventh.nth(2)).toHaveText('ต.ค.67 - เม.ย.68');
  await expect(seventh.nth(5)).toHaveText('ทุกส่วนราชการ');
  await expect(report.cells(report.rows.nth(9)).nth(2)).toHaveText(
    'ธันวาคม 2566',
  );
  await expect(report.signOff).toContainText('ผู้จัดทำรายงาน');
  await expect(report.signOff).toContainText('นายกเทศมนตรีตำบลขุนแก้ว');
  await axe.expectNoSeriousA11yViolations(page);
});

test('Thai digits and the 6-month round change the report', async ({
  page,
}) => {
  const report = new ReportPage(page);
  await report.thaiDigits.check();
  await expect(report.titleLines.nth(1)).toHaveText(
    '(Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘',
  );
  await expect(report.cells(report.rows.first()).first()).toHaveText(
    '๑. การป้องกันการทุจริต',
  );
  await expect(report.cells(report.rows.nth(5)).nth(2)).toHaveText(
    'ต.ค.๖๗ - ก.ย.๖๘',
  );

  // The example's results are dated when each measure's period ended: only
  // measures 5, 10 and 11 were done by 31 March, in the 6-month round.
  await report.round.selectOption('six-month');
  await expect(report.titleLines.nth(1)).toContainText('รอบ ๖ เดือน');
  const results = report.rows.locator('td:nth-of-type(3)');
  const none = 'ยังไม่มีการรายงานผลในรอบนี้';
  await expect(results).toHaveText([
    ...Array.from({ length: 4 }, () => none),
    /^-มีการจัดทำคู่มือหรือแนวทางการให้บริการ/,
    ...Array.from({ length: 4 }, () => none),
    /^คณะทำงานขับเคลื่อนประมวลจริยธรรมฯ/,
    /^รายงาน ๖ เดือน ประจำปีงบประมาณ/,
  ]);
});

test('prints on A4 landscape pages with the title, the header row on each page and no app chrome', async ({
  page,
}) => {
  const report = new ReportPage(page);
  await expect(report.rows).toHaveCount(11);
  const pages = await readPdf(await report.printToPdf());

  expect(pages.length).toBeGreaterThan(1);
  expect(pages.length).toBeLessThanOrEqual(15);
  // Every page is landscape; every page of the table repeats its header row
  // (the sign-off, kept whole, may take a last page of its own).
  const heading = skeleton('ระยะเวลาดำเนินการ');
  const tablePages = pages.filter((p) => skeleton(p.text).includes(heading));
  expect(tablePages.length).toBeGreaterThanOrEqual(pages.length - 1);
  expect(skeleton(pages[0]!.text)).toContain(heading);
  for (const { width, height } of pages) expect(width).toBeGreaterThan(height);
  const all = skeleton(pages.map((p) => p.text).join(''));
  expect(all).toContain(skeleton(TITLE_LINE_1));
  expect(all).toContain(skeleton(MEASURE_7));
  expect(all).toContain(skeleton('นายกเทศมนตรีตำบลขุนแก้ว'));
  expect(all).not.toContain(skeleton('ส่งออก CSV'));
  expect(all).not.toContain(skeleton('รอบการรายงาน'));
});

test('exports CSV with a byte-order mark and XLSX as a workbook', async ({
  page,
}) => {
  const report = new ReportPage(page);
  const csv = await report.download(report.csvButton);
  expect(csv.suggestedFilename()).toBe('ita-report-2568-annual.csv');
  const csvBytes = await readFile((await csv.path())!);
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csvText = csvBytes.toString('utf8');
  expect(csvText).toContain('เทศบาลตำบลขุนแก้ว อำเภอนครชัยศรี จังหวัดนครปฐม');
  expect(csvText).toContain(HEADINGS.join(','));
  expect(csvText).toContain(`7. ${MEASURE_7}`);
  // The example's "- " bullets are text to a spreadsheet: no apostrophe
  // before them (nor before any other cell of the example).
  expect(csvText).toMatch(/(^|,)"- /m);
  expect(csvText).not.toMatch(/(^|,)"?'/m);

  const xlsx = await report.download(report.xlsxButton);
  expect(xlsx.suggestedFilename()).toBe('ita-report-2568-annual.xlsx');
  const xlsxBytes = await readFile((await xlsx.path())!);
  expect(xlsxBytes.subarray(0, 2).toString('latin1')).toBe('PK');
  // Zip entry names are stored uncompressed: the workbook has its sheet.
  expect(xlsxBytes.toString('latin1')).toContain('xl/worksheets/sheet1.xml');
  // The report is a document: every cell stays text, numbers and bullets too.
  const sheet = readSheetCells(new Uint8Array(xlsxBytes));
  expect(sheet.flat().filter((cell) => cell?.type !== 'text')).toEqual([]);
  expect(sheet.flat().length).toBeGreaterThan(77);
});

test('copies the table as HTML and as tab-separated text', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const report = new ReportPage(page);
  await report.copyButton.click();
  await expect(report.status).toHaveText(
    'คัดลอกตารางแล้ว วางใน Word หรือ Excel ได้เป็นตาราง',
  );
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const html = await (await item!.getType('text/html')).text();
    const text = await (await item!.getType('text/plain')).text();
    return { html, text };
  });
  expect(copied.html).toContain('<table');
  expect(copied.html).toContain(
    `<th style="border:1px solid #000;padding:4px;vertical-align:top">มาตรการ/แนวทาง</th>`,
  );
  expect(copied.text.split('\n')).toContain(HEADINGS.join('\t'));
  expect(copied.text).toContain(`7. ${MEASURE_7}\t`);
});
