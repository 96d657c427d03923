import {
  expect,
  type Download,
  type Locator,
  type Page,
} from '@playwright/test';

/** The official report: its controls, actions and the printable document. */
export class ReportPage {
  readonly heading: Locator;
  readonly round: Locator;
  readonly thaiDigits: Locator;
  readonly printButton: Locator;
  readonly copyButton: Locator;
  readonly csvButton: Locator;
  readonly xlsxButton: Locator;
  readonly status: Locator;
  readonly pasteImportLink: Locator;
  readonly nextYearLink: Locator;
  readonly document: Locator;
  /** The title block's lines. */
  readonly titleLines: Locator;
  readonly columnHeaders: Locator;
  /** One row per measure. */
  readonly rows: Locator;
  readonly signOff: Locator;
  /** The printed pages, laid out by the app; shown in print only. */
  readonly printed: Locator;
  readonly sheets: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.round = page.getByRole('combobox', { name: 'รอบการรายงาน' });
    this.thaiDigits = page.getByRole('checkbox', { name: 'ใช้เลขไทยในรายงาน' });
    this.printButton = page.getByRole('button', { name: 'พิมพ์ / บันทึกเป็น PDF' });
    this.copyButton = page.getByRole('button', { name: 'คัดลอกตาราง' });
    this.csvButton = page.getByRole('button', { name: 'ส่งออก CSV' });
    this.xlsxButton = page.getByRole('button', { name: 'ส่งออก Excel (XLSX)' });
    this.status = page.locator('.report-action-status');
    this.pasteImportLink = page.getByRole('link', {
      name: 'นำเข้าจากรายงานเดิม',
    });
    this.nextYearLink = page.getByRole('link', {
      name: 'คัดลอกไปปีงบประมาณถัดไป',
    });
    this.document = page.getByRole('article');
    this.titleLines = this.document.locator('header p');
    const table = this.document.getByRole('table');
    this.columnHeaders = table.getByRole('columnheader');
    this.rows = table.getByRole('rowgroup').nth(1).getByRole('row');
    this.signOff = this.document.locator('.report-sign-off');
    this.printed = page.locator('.report-print');
    this.sheets = this.printed.locator('.report-sheet');
  }

  async goto(): Promise<void> {
    await this.page.goto('/report');
    await expect(this.heading).toContainText('รายงานผลการดำเนินการ');
  }

  /** The cells of a measure's row, title first (the title is a row header). */
  cells(row: Locator): Locator {
    return row.locator('th, td');
  }

  async download(button: Locator): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await button.click();
    return download;
  }

  /** Prints the page as the browser's "save as PDF" does, on A4 landscape. */
  async printToPdf(): Promise<Buffer> {
    await this.page.emulateMedia({ media: 'print' });
    await this.page.evaluate(() => document.fonts.ready);
    // The app lays out its pages once every font is in.
    await expect(this.printed).toHaveAttribute('data-ready', 'true');
    return this.page.pdf({
      format: 'A4',
      landscape: true,
      printBackground: true,
    });
  }
}
