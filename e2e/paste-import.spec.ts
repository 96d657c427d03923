import { readFileSync } from 'node:fs';

import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MeasuresPage } from './page-models/measures-page';
import { PasteImportPage } from './page-models/paste-import-page';
import { ReportPage } from './page-models/report-page';
import { SettingsPage } from './page-models/settings-page';
import { setUpOffice } from './page-models/setup-page';
import { fixToday } from './today';

const FIXTURE = readFileSync(
  new URL(
    '../src/domain/fixtures/ita-report-khunkaew-2568.txt',
    import.meta.url,
  ),
  'utf8',
);
const HEADER = [
  'มาตรการ/แนวทาง',
  'วิธีการดำเนินการ',
  'ระยะเวลาดำเนินการ',
  'ผลการดำเนินการตามมาตรการ/กิจกรรม',
  'ข้อเสนอแนะ',
  'ผู้รับผิดชอบ',
  'ผลลัพธ์หรือความสำเร็จของการดำเนินการ',
].join('\t');
const row = (title: string, period: string) =>
  [title, 'ประชุมชี้แจง', period, 'ทำแล้ว', 'ไม่มี', 'กองคลัง', 'สำเร็จ'].join('\t');

test.beforeEach(async ({ page }) => {
  await fixToday(page);
  await setUpOffice(page);
});

test('the published report pasted into a fresh office gives its 11 measures', async ({
  page,
}) => {
  await new AppShell(page).navigation
    .getByRole('link', { name: 'รายงาน', exact: true })
    .click();
  await new ReportPage(page).pasteImportLink.click();
  const paste = new PasteImportPage(page);
  await expect(paste.heading).toBeVisible();
  await paste.paste(FIXTURE);

  await expect(paste.found).toHaveText('พบ 11 มาตรการ');
  await expect(paste.issues).toHaveCount(0);
  await expect(paste.rows).toHaveCount(11);
  await expect(paste.period(10)).toHaveValue('ธันวาคม ๒๕๖๖');
  await expect(paste.cell('ผู้รับผิดชอบ', 2)).toHaveValue('ทุกส่วนราชการ');
  // axe over the preview: accessibility.spec.ts, on a short paste with the
  // same parts (on the whole report's hundreds of boxes it took 20 s).

  // The title block names another office: asked before anything is saved.
  await expect(paste.otherOffice).toHaveText(
    /^รายงานนี้เป็นของเทศบาลตำบลขุนแก้ว ไม่ใช่เทศบาลตำบลทดสอบ/,
  );
  await expect(paste.saveButton(11)).toBeDisabled();
  await paste.confirmOffice.check();
  await paste.saveButton(11).click();
  const list = new MeasuresPage(page);
  await expect(page).toHaveURL(/\/measures$/);
  await expect(list.rows).toHaveCount(11);
  await expect(list.cell(list.rows.nth(9), 'period')).toHaveText('ธันวาคม 2566');
  await expect(list.cell(list.rows.nth(5), 'units')).toHaveText('กองคลัง');

  // The results came in as updates of the annual round: the report shows them.
  const report = new ReportPage(page);
  await report.goto();
  await expect(report.rows).toHaveCount(11);
  await expect(report.rows.first()).toContainText('http://www.khunkaew.go.th');
  // Steps print as the pasted report listed them: measure ๔'s single step
  // numbered, measure ๕'s steps with dashes.
  const methods = (n: number) => report.cells(report.rows.nth(n - 1)).nth(1);
  await expect(methods(4)).toHaveText(/^1\. เทศบาลตำบลขุนแก้วมีการประกาศ/);
  await expect(methods(5)).toHaveText(/^- จัดประชุม.*\n- ประชาสัมพันธ์/s);
});

test('a long report draws its first measures at once and the rest after, every one counted, editable and saved', async ({
  page,
}) => {
  const paste = new PasteImportPage(page);
  await paste.goto();
  // How many rows the preview had when it first appeared: a long report's
  // first render must not build every measure's editors in one task.
  await page.evaluate(() => {
    const seen = window as { firstRows?: number };
    new MutationObserver((_, observer) => {
      const body = document.querySelector('table.paste-preview tbody');
      if (!body) return;
      seen.firstRows = body.querySelectorAll('tr').length;
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
  });
  const count = 40;
  const rows = Array.from({ length: count }, (_, i) =>
    row(`มาตรการที่ ${i + 1} การป้องกันการ ทุจริต`, 'ทั้งปีงบประมาณ'),
  );
  await paste.paste([HEADER, ...rows].join('\n'));

  await expect(paste.found).toHaveText(`พบ ${count} มาตรการ`);
  await expect(paste.saveButton(count)).toBeVisible();
  const firstRows = await page.evaluate(
    () => (window as { firstRows?: number }).firstRows,
  );
  expect(firstRows).toBeGreaterThan(0);
  expect(firstRows).toBeLessThan(count);
  // The rest follow without anything asked, each as editable as the first.
  await expect(paste.rows).toHaveCount(count);
  await expect(paste.preview).not.toHaveAttribute('aria-busy');
  // The clean-up counts, and accepts, every measure's wrap space.
  await expect(paste.cleanupCount).toHaveText(`เสนอให้ลบช่องว่าง ${count} แห่ง`);
  await paste.acceptAll.click();
  await expect(paste.title(count)).toHaveValue(
    `มาตรการที่ ${count} การป้องกันการทุจริต`,
  );
  await paste.title(count).fill('มาตรการสุดท้าย แก้แล้ว');
  await paste.saveButton(count).click();
  const list = new MeasuresPage(page);
  await expect(page).toHaveURL(/\/measures$/);
  await expect(list.rows).toHaveCount(count);
  await expect(page.getByText('มาตรการสุดท้าย แก้แล้ว')).toBeVisible();
});

test('text without a header row is refused with a message at its line', async ({
  page,
}) => {
  const paste = new PasteImportPage(page);
  await paste.goto();
  await paste.paste(
    ['รายงานผล', row('๑. มาตรการ ก', 'ทั้งปีงบประมาณ')].join('\n'),
  );

  await expect(paste.found).toHaveText('พบ 0 มาตรการ');
  await expect(paste.issues).toHaveText([/^ต้องแก้ · บรรทัด 2 ไม่พบแถวหัวตาราง/]);
  await expect(paste.saveButton()).toHaveCount(0);
});

test('a table without the period column is read, and the periods are typed in before saving', async ({
  page,
}) => {
  const paste = new PasteImportPage(page);
  await paste.goto();
  const header = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tผู้รับผิดชอบ';
  await paste.paste(
    [header, '๑. มาตรการ ก\tประชุม\tกองคลัง', '๒. มาตรการ ข\tอบรม\tกองคลัง'].join(
      '\n',
    ),
  );

  await expect(paste.issues).toHaveText([
    'ควรตรวจ · บรรทัด 1 ตารางไม่มีคอลัมน์ “ระยะเวลาดำเนินการ” มาตรการที่อ่านได้จะยังไม่มีข้อมูลส่วนนี้',
  ]);
  await expect(paste.period(1)).toHaveAttribute('aria-invalid', 'true');
  await expect(paste.fixFirst).toBeVisible();
  await expect(paste.saveButton(2)).toBeDisabled();

  await paste.period(1).fill('ทั้งปีงบประมาณ');
  await paste.period(2).fill('ม.ค.68 - มี.ค.68');
  await paste.saveButton(2).click();
  const list = new MeasuresPage(page);
  await expect(list.rows).toHaveCount(2);
  await expect(list.cell(list.row('มาตรการ ข'), 'period')).toHaveText(
    'ม.ค.68 - มี.ค.68',
  );
});

test('an unreadable period and a row of no measure are pointed at; the rest is imported', async ({
  page,
}) => {
  const paste = new PasteImportPage(page);
  await paste.goto();
  await paste.paste(
    [
      HEADER,
      ['', 'ขั้นตอนที่ไม่มีมาตรการ', '', '', '', '', ''].join('\t'),
      row('๑. มาตรการ ก', 'ทั้งปีงบประมาณ'),
      row('๒. มาตรการ ข', 'ไตรมาสแรก'),
      row('๓. <img src=x onerror="window.pwned=1">', 'ต.ค.67 - ธ.ค.67'),
    ].join('\n'),
  );

  await expect(paste.found).toHaveText('พบ 3 มาตรการ');
  await expect(paste.issues).toHaveText([
    /^ต้องแก้ · บรรทัด 2 แถวนี้ไม่อยู่ในมาตรการใด .*“ขั้นตอนที่ไม่มีมาตรการ”$/,
    /^ต้องแก้ · บรรทัด 4 · มาตรการที่ 2 อ่านระยะเวลาดำเนินการ “ไตรมาสแรก” ไม่ได้/,
  ]);
  // Pasted HTML is text: shown as typed, never run.
  await expect(paste.title(3)).toHaveValue(
    '<img src=x onerror="window.pwned=1">',
  );

  await paste.include(2).uncheck();
  await paste.saveButton(2).click();
  const list = new MeasuresPage(page);
  await list.expectTitles([
    'มาตรการ ก',
    '<img src=x onerror="window.pwned=1">',
  ]);
  expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
});

test('the report from its PDF: clean-up accepted in one click, a cell edited, and pasted again it doubles nothing', async ({
  page,
}) => {
  const paste = new PasteImportPage(page);
  await paste.goto();
  await paste.paste(FIXTURE);
  await expect(paste.found).toHaveText('พบ 11 มาตรการ');

  // The PDF's wrap spaces stay until accepted, each marked under its cell.
  await expect(paste.title(1)).toHaveValue('การป้องกันการ ทุจริต');
  await expect(paste.cleanupCount).toHaveText(/^เสนอให้ลบช่องว่าง \d+ แห่ง$/);
  const mark = paste.wrapMarks('ชื่อมาตรการที่ 1');
  await expect(mark).toHaveCount(1);
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(mark).toHaveAttribute('aria-pressed', 'true');
  await expect(paste.title(1)).toHaveValue('การป้องกันการทุจริต');
  await page.keyboard.press('Enter');
  await expect(paste.title(1)).toHaveValue('การป้องกันการ ทุจริต');

  await paste.acceptAll.click();
  await expect(paste.cleanupCount).toHaveText(
    /^เสนอให้ลบช่องว่าง 0 แห่ง \(ลบแล้ว \d+ แห่ง\)$/,
  );
  // As the report printed them (khunkaew-2568-printed-cells.json).
  await expect(paste.title(1)).toHaveValue('การป้องกันการทุจริต');
  await expect(paste.title(6)).toHaveValue(
    'แนวทางการสร้างความรู้ของบุคลากรในการใช้จ่ายงบประมาณของหน่วยงาน',
  );

  await paste.cell('ข้อเสนอแนะ', 1).fill('ควรจัดอบรมทุกปี');
  await paste.confirmOffice.check();
  await paste.saveButton(11).click();
  await expect(page).toHaveURL(/\/measures$/);
  const report = new ReportPage(page);
  await report.goto();
  await expect(report.rows.first()).toContainText('ควรจัดอบรมทุกปี');
  await expect(report.rows.first()).toContainText('การป้องกันการทุจริต');

  await paste.goto();
  await paste.paste(FIXTURE);
  await expect(paste.existingNote).toHaveText(/^มีอยู่แล้วในปีนี้ 11 มาตรการ/);
  await expect(paste.rows.getByText('มีอยู่แล้วในปีนี้')).toHaveCount(11);
  await expect(paste.include(1)).not.toBeChecked();
  await expect(paste.saveButton(0)).toBeDisabled();
  // One can still be imported anyway.
  await paste.include(4).check();
  await expect(paste.saveButton(1)).toBeVisible();
});

test('a column of an unknown heading, or of a heading read already, is asked about, and read as the field chosen', async ({
  page,
}) => {
  const paste = new PasteImportPage(page);
  await paste.goto();
  const header = [
    'มาตรการ/แนวทาง',
    'วิธีการดำเนินการ',
    'ระยะเวลาดำเนินการ',
    'ผู้รับผิดชอบ',
    'สิ่งที่ได้ทำ',
    'ข้อเสนอแนะ/ แนวทางแก้ไข',
    'ข้อเสนอแนะ',
  ].join('\t');
  await paste.paste(
    [
      'รายงานผล ประจำปีงบประมาณ พ.ศ. ๒๕๖๗',
      header,
      '๑. มาตรการ ก\tประชุม\tทั้งปีงบประมาณ\tกองคลัง\tประชุมครบ\tไม่มี\tงบไม่พอ',
    ].join('\n'),
  );

  await expect(paste.mapping).toContainText('ค่าแรกในคอลัมน์: “ประชุมครบ”');
  await expect(paste.columnChoice('ข้อเสนอแนะ/ แนวทางแก้ไข')).toHaveCount(0);
  await expect(paste.cell('ข้อเสนอแนะ', 1)).toHaveValue('ไม่มี');
  // A second suggestions column is not dropped: it is asked about too.
  await expect(paste.mapping).toContainText(
    'หัวคอลัมน์นี้ซ้ำกับคอลัมน์ก่อนหน้า ซึ่งอ่านเป็นช่อง “ข้อเสนอแนะ” แล้ว',
  );
  await expect(paste.saveButton(1)).toBeDisabled();
  await paste.columnChoice('สิ่งที่ได้ทำ').selectOption({ label: 'ผลการดำเนินการ' });
  await expect(paste.cell('ผลการดำเนินการ', 1)).toHaveValue('ประชุมครบ');
  await paste
    .columnChoice('ข้อเสนอแนะ')
    .selectOption({ label: 'ปัญหาและอุปสรรค' });
  await expect(paste.cell('ปัญหาและอุปสรรค', 1)).toHaveValue('งบไม่พอ');
  await expect(paste.cell('ข้อเสนอแนะ', 1)).toHaveValue('ไม่มี');
  // The report is of FY2567: one click imports it there.
  await page.getByRole('button', { name: 'เปลี่ยนเป็นปีงบประมาณ 2567' }).click();
  await expect(new AppShell(page).fiscalYear).toHaveValue('2567');
  await expect(paste.cell('ผลการดำเนินการ', 1)).toHaveValue('ประชุมครบ');
  await paste.saveButton(1).click();
  await expect(page).toHaveURL(/\/measures$/);
  await expect(new MeasuresPage(page).rows).toHaveCount(1);
});

const FILES = '../src/domain/fixtures/files/';
const fileBytes = (name: string) =>
  readFileSync(new URL(`${FILES}${name}`, import.meta.url));

test('a .docx opened by the button gives its 11 measures; an old .doc, a PDF with a password and a picture-only PDF are refused, with what to do', async ({
  page,
  axe,
}) => {
  const paste = new PasteImportPage(page);
  await paste.goto();
  await paste.file.setInputFiles({
    name: 'old.doc',
    mimeType: 'application/msword',
    buffer: fileBytes('old-word.doc'),
  });
  await expect(paste.fileError).toContainText('Word รุ่นเก่า (.doc)');
  await expect(paste.fileError).toContainText('.docx');
  await paste.file.setInputFiles({
    name: 'locked.pdf',
    mimeType: 'application/pdf',
    buffer: fileBytes('password.pdf'),
  });
  await expect(paste.fileError).toContainText('ไฟล์นี้ตั้งรหัสผ่านไว้');
  await paste.file.setInputFiles({
    name: 'scan.pdf',
    mimeType: 'application/pdf',
    buffer: fileBytes('picture-only.pdf'),
  });
  await expect(paste.fileError).toContainText('ไฟล์ PDF นี้ไม่มีข้อความ เป็นภาพ');
  await expect(paste.found).toHaveCount(0);
  await axe.expectNoSeriousA11yViolations(page);

  await paste.file.setInputFiles({
    name: 'รายงาน ITA 2568.docx',
    mimeType:
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: fileBytes('khunkaew-2568.docx'),
  });
  await expect(paste.found).toHaveText('พบ 11 มาตรการ');
  await expect(paste.fileError).toHaveCount(0);
  await expect(paste.issues).toHaveCount(0);
  await expect(paste.period(10)).toHaveValue('ธันวาคม ๒๕๖๖');
  await expect(paste.title(1)).toHaveValue('การป้องกันการทุจริต');
  // Typed text: its spaces are the author's, none is proposed for removal.
  await expect(paste.cleanupCount).toHaveCount(0);
  await expect(paste.cell('ผลลัพธ์หรือความสำเร็จ', 1)).toHaveValue(
    /^- ลดโอกาสในการเกิดทุจริต คู่มือดังกล่าว/,
  );
});

test('a PDF dropped on the page is read into its 11 measures, every count in Thai digits when they are chosen', async ({
  page,
}) => {
  await new AppShell(page).openSettings();
  await new SettingsPage(page).thaiDigits.check();
  const paste = new PasteImportPage(page);
  await paste.goto();
  const base64 = fileBytes('khunkaew-2568.pdf').toString('base64');
  const dataTransfer = await page.evaluateHandle((data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(
      new File([bytes], 'รายงาน.pdf', { type: 'application/pdf' }),
    );
    return transfer;
  }, base64);
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(paste.found).toHaveText('พบ ๑๑ มาตรการ');
  await expect(paste.rows).toHaveCount(11);
  // The boxes' names too: "ระยะเวลาของมาตรการที่ ๑๐".
  await expect(
    page.getByRole('textbox', {
      name: 'ระยะเวลาของมาตรการที่ ๑๐',
      exact: true,
    }),
  ).toHaveValue('ธันวาคม ๒๕๖๖');
  await expect(paste.cleanupCount).toHaveText(/^เสนอให้ลบช่องว่าง [๐-๙]+ แห่ง$/);
  await expect(
    page.getByRole('button', { name: 'บันทึก ๑๑ มาตรการ' }),
  ).toBeVisible();
  await paste.acceptAll.click();
  await expect(paste.cleanupCount).toHaveText(
    /^เสนอให้ลบช่องว่าง ๐ แห่ง \(ลบแล้ว [๐-๙]+ แห่ง\)$/,
  );
  // The cells as the real report wrote them (accepted-cleanup.test.ts): a
  // wrap before หรือ, which this report writes joined inside its lines, and
  // a unit's name the narrow column wrapped.
  const box = (name: string) =>
    page.getByRole('textbox', { name, exact: true });
  await expect(box('ผลการดำเนินการของมาตรการที่ ๔')).toHaveValue(
    'ประกาศนโยบายไม่รับของขวัญหรือของกำนัลจากการปฏิบัติหน้าที่ (No Gift Policy)',
  );
  await expect(box('ผู้รับผิดชอบของมาตรการที่ ๑')).toHaveValue('สำนักปลัดเทศบาล');
  // Whatever else the page shows, no count or number is left in 0–9 (the
  // report itself writes none: its text boxes are not the page's text).
  await expect(page.getByRole('main')).not.toContainText(/[0-9]/);
});

test("Word's table pasted as HTML is read by its cells, not its plain-text lines", async ({
  page,
}) => {
  const paste = new PasteImportPage(page);
  await paste.goto();
  const html = fileBytes('khunkaew-2568-word.html').toString('utf8');
  // A cell's paragraphs are lines of their own in Word's plain text: read as
  // text they would be rows. The HTML keeps them in their cells.
  const plain = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\n๑. การป้องกันการทุจริต\n';
  await paste.text.focus();
  await page.evaluate(
    ([htmlText, plainText]) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/html', htmlText);
      clipboardData.setData('text/plain', plainText);
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', {
          clipboardData,
          bubbles: true,
          cancelable: true,
        }),
      );
    },
    [html, plain] as const,
  );
  await expect(paste.found).toHaveText('พบ 11 มาตรการ');
  await expect(paste.issues).toHaveCount(0);
  await expect(paste.text).toHaveValue(plain);
  await expect(paste.title(11)).toHaveValue(
    /^แนวทางรายงานการกำกับติดตามการดำเนินการ/,
  );
});
