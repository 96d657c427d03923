import { expect, type Locator, type Page } from '@playwright/test';

/** The columns after the office's name, in order. */
const COLUMNS = [
  'measures',
  'completion',
  'six-month',
  'annual',
  'not-started',
  'in-progress',
  'completed',
  'late',
  'cancelled',
  'place',
  'kind',
] as const;
type Column = (typeof COLUMNS)[number];

/** เปรียบเทียบหน่วยงาน (/offices/compare): every office's year side by side. */
export class OfficesComparePage {
  readonly heading: Locator;
  /** The table's scrolling box. */
  readonly scroller: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly search: Locator;
  readonly province: Locator;
  readonly district: Locator;
  readonly kind: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', {
      level: 1,
      name: /^เปรียบเทียบหน่วยงาน ปีงบประมาณ/,
    });
    this.scroller = page.getByRole('region', {
      name: 'ตารางเปรียบเทียบหน่วยงาน',
    });
    this.table = this.scroller.getByRole('table');
    this.rows = this.table.getByRole('rowgroup').nth(1).getByRole('row');
    this.search = page.getByRole('searchbox', { name: 'ค้นหาชื่อหน่วยงาน' });
    this.province = page.getByRole('combobox', { name: 'จังหวัด', exact: true });
    this.district = page.getByRole('combobox', { name: 'อำเภอ', exact: true });
    this.kind = page.getByRole('combobox', {
      name: 'ประเภทหน่วยงาน',
      exact: true,
    });
    this.count = page.getByText(/^แสดง \d+ จาก \d+ หน่วยงาน$/);
  }

  /** From ทุกหน่วยงาน (/offices), as a consolidator gets there. */
  async openFromOverview(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'เมนูหลัก' })
      .getByRole('link', { name: 'ทุกหน่วยงาน', exact: true })
      .click();
    await this.page.getByRole('link', { name: 'เปรียบเทียบตามสถานะ' }).click();
    await expect(this.heading).toBeVisible();
  }

  /** The office names in the order shown. */
  names(): Locator {
    return this.rows.getByRole('rowheader');
  }

  openButton(office: string): Locator {
    return this.page.getByRole('button', {
      name: `เปิดภาพรวม ${office}`,
      exact: true,
    });
  }

  row(office: string): Locator {
    return this.rows.filter({ has: this.openButton(office) });
  }

  cell(office: string, column: Column): Locator {
    return this.row(office).getByRole('cell').nth(COLUMNS.indexOf(column));
  }

  /** A column heading by its text, e.g. 'อัตราสำเร็จ'. */
  columnHeader(header: string): Locator {
    return this.table.getByRole('columnheader', {
      name: new RegExp(`^${header} \\(`),
    });
  }

  /** The total row's cells after its heading. */
  totalCells(): Locator {
    return this.table
      .getByRole('row')
      .filter({
        has: this.page.getByRole('rowheader', {
          name: 'รวมทุกหน่วยงานที่แสดง',
        }),
      })
      .getByRole('cell');
  }

  /** The sort button in a column heading, e.g. 'ล่าช้า'. */
  sortButton(header: string): Locator {
    return this.table
      .getByRole('columnheader')
      .getByRole('button', { name: new RegExp(`^${header} \\(`) });
  }
}
