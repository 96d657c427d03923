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

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', {
      level: 1,
      name: 'ทุกหน่วยงานในเครื่องนี้',
    });
    this.table = page.getByRole('main').getByRole('table');
    this.rows = this.table.getByRole('rowgroup').nth(1).getByRole('row');
  }

  /** The menu link, shown only when the device holds more than one office. */
  static menuLink(page: Page): Locator {
    return page
      .getByRole('navigation', { name: 'เมนูหลัก' })
      .getByRole('link', { name: 'ทุกหน่วยงาน', exact: true });
  }

  /** The office switcher in the header, shown only with more than one office. */
  static switcher(page: Page): Locator {
    return page
      .getByRole('banner')
      .getByRole('combobox', { name: 'หน่วยงาน', exact: true });
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
