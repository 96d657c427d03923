import { expect, type Locator, type Page } from '@playwright/test';

/** The columns of the offices table after the office's name, in order. */
const COLUMNS = [
  'place',
  'years',
  'measures',
  'updates',
  'lastUpdate',
  'lastImport',
  'conflicts',
] as const;
type Column = (typeof COLUMNS)[number];

/** ทุกหน่วยงาน (/offices): every office on this device, for consolidators. */
export class OfficesPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly search: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', {
      level: 1,
      name: 'ทุกหน่วยงานในเครื่องนี้',
    });
    this.table = page.getByRole('main').getByRole('table');
    this.rows = this.table.getByRole('rowgroup').nth(1).getByRole('row');
    this.search = page.getByRole('searchbox', { name: 'ค้นหาชื่อหน่วยงาน' });
    this.count = page.getByText(/^แสดง \d+ จาก \d+ หน่วยงาน$/);
  }

  /** The office names in the order shown. */
  names(): Locator {
    return this.rows.getByRole('rowheader');
  }

  /** The sort button in a column heading, e.g. 'มาตรการ'. */
  sortButton(header: string): Locator {
    return this.table
      .getByRole('columnheader')
      .getByRole('button', { name: new RegExp(`^${header} \\(`) });
  }

  /** The total row's cells after its heading. */
  totalCells(): Locator {
    return this.table
      .getByRole('row')
      .filter({
        has: this.page.getByRole('rowheader', { name: 'รวมทุกหน่วยงานที่แสดง' }),
      })
      .getByRole('cell');
  }

  exportButton(kind: 'CSV' | 'Excel'): Locator {
    return this.page.getByRole('button', {
      name: `ส่งออก ${kind}: ทุกหน่วยงานในเครื่องนี้`,
    });
  }

  /** The menu link, shown only when the device holds more than one office. */
  static menuLink(page: Page): Locator {
    return page
      .getByRole('navigation', { name: 'เมนูหลัก' })
      .getByRole('link', { name: 'ทุกหน่วยงาน', exact: true });
  }

  async open(): Promise<void> {
    await OfficesPage.menuLink(this.page).click();
    await expect(this.heading).toBeVisible();
  }

  /** The button that opens an office's measures. */
  openButton(office: string): Locator {
    return this.table.getByRole('button', { name: `เปิด ${office}` });
  }

  row(office: string): Locator {
    return this.rows.filter({
      has: this.page.getByRole('button', { name: `เปิด ${office}` }),
    });
  }

  cell(office: string, column: Column): Locator {
    return this.row(office).getByRole('cell').nth(COLUMNS.indexOf(column));
  }
}
