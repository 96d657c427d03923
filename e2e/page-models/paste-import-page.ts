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
  /** How many wrap spaces are proposed for removal (and how many removed). */
  readonly cleanupCount: Locator;
  readonly acceptAll: Locator;
  /** The note of measures already in the year. */
  readonly existingNote: Locator;
  /** The warning that the report is of another office, and its confirmation. */
  readonly otherOffice: Locator;
  readonly confirmOffice: Locator;
  readonly mapping: Locator;
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
      .filter({ hasText: /^พบ [0-9๐-๙]+ มาตรการ$/ });
    this.issues = page
      .getByRole('region', { name: /^สิ่งที่ต้องตรวจ/ })
      .getByRole('listitem');
    this.preview = page.getByRole('table', { name: 'มาตรการที่อ่านได้' });
    this.rows = this.preview.getByRole('rowgroup').nth(1).getByRole('row');
    this.file = page.getByLabel(/^เปิดไฟล์รายงาน/);
    // The alert beside the file input: the preview has alerts of its own.
    this.fileError = this.file.locator('..').getByRole('alert');
    this.fixFirst = page.getByText(/^มี \d+ มาตรการที่ยังไม่มีชื่อหรือระยะเวลา/);
    this.cleanupCount = page
      .getByRole('status')
      .filter({ hasText: /^เสนอให้ลบช่องว่าง/ });
    this.acceptAll = page.getByRole('button', { name: 'รับการแก้ไขทั้งหมด' });
    this.existingNote = page.getByText(/^มีอยู่แล้วในปีนี้ \d+ มาตรการ/);
    this.otherOffice = page
      .getByRole('alert')
      .filter({ hasText: /^รายงานนี้เป็นของ/ });
    this.confirmOffice = page.getByRole('checkbox', {
      name: /^ใช่ นำเข้าเป็นมาตรการของ/,
    });
    this.mapping = page.getByRole('group', { name: 'คอลัมน์ที่แอปไม่รู้จัก' });
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
    return this.page.getByRole('checkbox', {
      name: `นำเข้ามาตรการที่ ${number}`,
      exact: true,
    });
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
      exact: true,
    });
  }

  /** A cell's text box by its name in the preview (วิธีการดำเนินการ, ข้อเสนอแนะ, …). */
  cell(name: string, number: number): Locator {
    return this.page.getByRole('textbox', {
      name: `${name}ของมาตรการที่ ${number}`,
      exact: true,
    });
  }

  /** The proposed wrap spaces of a cell, each a toggle button. */
  wrapMarks(cellLabel: string): Locator {
    return this.page
      .getByRole('group', {
        name: `ช่องว่างที่เสนอให้ลบใน${cellLabel}`,
        exact: true,
      })
      .getByRole('button');
  }

  /** The select of what an unknown column is, by its heading. */
  columnChoice(heading: string): Locator {
    return this.mapping.getByRole('combobox', { name: `คอลัมน์ “${heading}”` });
  }

  /** The save button, which names how many measures it saves. */
  saveButton(count?: number): Locator {
    return this.page.getByRole('button', {
      name:
        count === undefined ? /^บันทึก \d+ มาตรการ$/ : `บันทึก ${count} มาตรการ`,
    });
  }
}
