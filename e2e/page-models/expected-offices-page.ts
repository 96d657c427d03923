import type { Locator, Page } from '@playwright/test';

/** หน่วยงานที่ต้องรายงาน (/offices/expected): the consolidator's expected offices. */
export class ExpectedOfficesPage {
  readonly heading: Locator;
  /** The expected offices' scrolling region, which the keyboard can scroll. */
  readonly tableRegion: Locator;
  /** The expected offices, virtualised: only the rows in view are drawn. */
  readonly table: Locator;
  /** The imported offices not on the list, each with its own "add". */
  readonly notListedTable: Locator;
  readonly names: Locator;
  readonly addAll: Locator;
  readonly csvInput: Locator;
  readonly confirm: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', {
      level: 1,
      name: 'หน่วยงานที่ต้องรายงาน',
    });
    this.tableRegion = page.getByRole('region', {
      name: 'ตารางหน่วยงานที่ต้องรายงาน',
    });
    this.table = this.tableRegion.getByRole('table');
    this.notListedTable = page
      .getByRole('region', {
        name: 'ตารางหน่วยงานที่นำเข้าแล้วแต่ยังไม่อยู่ในรายชื่อ',
      })
      .getByRole('table');
    this.names = this.table.getByRole('rowgroup').nth(1).getByRole('rowheader');
    this.addAll = page.getByRole('button', {
      name: /^เพิ่มหน่วยงานที่นำเข้าแล้วทั้งหมด/,
    });
    this.csvInput = page.getByLabel('เลือกไฟล์ CSV');
    this.confirm = page.getByRole('button', { name: /หน่วยงานในรายชื่อ$/ });
  }

  /** Chooses a CSV file of this text (UTF-8) as a person would. */
  async chooseCsv(name: string, text: string): Promise<void> {
    await this.csvInput.setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(text, 'utf8'),
    });
  }

  /** The question asked about a row's name. */
  question(name: string): Locator {
    return this.page.getByRole('group', {
      name: new RegExp(`“${name}” คือหน่วยงานใด`),
    });
  }
}
