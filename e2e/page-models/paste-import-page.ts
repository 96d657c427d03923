import { expect, type Locator, type Page } from '@playwright/test';

/** Importing measures from a pasted report: the text, what was read, the save. */
export class PasteImportPage {
  readonly heading: Locator;
  readonly text: Locator;
  readonly readButton: Locator;
  readonly found: Locator;
  readonly issues: Locator;
  readonly preview: Locator;
  /** One row per measure read. */
  readonly rows: Locator;
  readonly fixFirst: Locator;
  /** The file input, by its label. */
  readonly file: Locator;
  /** Why the file opened could not be read. */
  readonly fileError: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', {
      level: 1,
      name: 'นำเข้ามาตรการจากรายงานเดิม',
    });
    this.text = page.getByRole('textbox', { name: 'ข้อความของรายงาน' });
    this.readButton = page.getByRole('button', { name: 'อ่านตาราง' });
    this.found = page
      .getByRole('status')
      .filter({ hasText: /^พบ \d+ มาตรการ$/ });
    this.issues = page
      .getByRole('region', { name: /^สิ่งที่ต้องตรวจ/ })
      .getByRole('listitem');
    this.preview = page.getByRole('table', { name: 'มาตรการที่อ่านได้' });
    this.rows = this.preview.getByRole('rowgroup').nth(1).getByRole('row');
    this.file = page.getByLabel(/^เปิดไฟล์รายงาน/);
    this.fileError = page.getByRole('alert');
    this.fixFirst = page.getByText(/^มี \d+ มาตรการที่ยังไม่มีชื่อหรือระยะเวลา/);
  }

  async goto(): Promise<void> {
    await this.page.goto('/import/paste');
    await expect(this.heading).toBeVisible();
  }

  async paste(text: string): Promise<void> {
    await this.text.fill(text);
    await this.readButton.click();
  }

  include(number: number): Locator {
    return this.page.getByRole('checkbox', { name: `นำเข้ามาตรการที่ ${number}` });
  }

  title(number: number): Locator {
    return this.page.getByRole('textbox', {
      name: `ชื่อมาตรการที่ ${number}`,
      exact: true,
    });
  }

  period(number: number): Locator {
    return this.page.getByRole('textbox', {
      name: `ระยะเวลาของมาตรการที่ ${number}`,
    });
  }

  /** The save button, which names how many measures it saves. */
  saveButton(count?: number): Locator {
    return this.page.getByRole('button', {
      name:
        count === undefined ? /^บันทึก \d+ มาตรการ$/ : `บันทึก ${count} มาตรการ`,
    });
  }
}
