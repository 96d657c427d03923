import { expect, type Locator, type Page } from '@playwright/test';

/** Tables of the dashboard, by their captions. */
const TABLES = {
  status: 'มาตรการตามสถานะ',
  late: 'มาตรการที่ล่าช้า',
  rounds: 'ความครบถ้วนของรอบการรายงาน',
  units: 'ตามส่วนราชการผู้รับผิดชอบ',
  timeline: 'ระยะเวลาดำเนินการตลอดปีงบประมาณ',
  ita: 'ผลการประเมิน ITA ย้อนหลัง',
} as const;
type TableName = keyof typeof TABLES;

export const ROUND = {
  sixMonth: 'รอบ 6 เดือน (1 ต.ค. – 31 มี.ค.)',
  annual: 'รอบ 12 เดือน (1 ต.ค. – 30 ก.ย.)',
} as const;

interface TextBox {
  left: number;
  right: number;
  text: string;
}
export interface ColumnText {
  heading: TextBox;
  cells: TextBox[];
}

/** ภาพรวม (/dashboard): the office's year at a glance, every figure a link. */
export class DashboardPage {
  readonly heading: Locator;
  readonly keyFigures: Locator;
  readonly quietDays: Locator;
  readonly printButton: Locator;
  readonly compareLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.keyFigures = page.getByRole('region', { name: 'ตัวเลขสำคัญ' });
    this.quietDays = page.getByRole('textbox', {
      name: 'ไม่มีความคืบหน้าเกิน (วัน)',
    });
    this.printButton = page.getByRole('button', { name: 'พิมพ์', exact: true });
    this.compareLink = page.getByRole('link', { name: 'เปรียบเทียบหน่วยงาน' });
  }

  static menuLink(page: Page): Locator {
    return page
      .getByRole('navigation', { name: 'เมนูหลัก' })
      .getByRole('link', { name: 'ภาพรวม', exact: true });
  }

  /** Opens the page from the menu and waits for its figures. */
  async open(): Promise<void> {
    await DashboardPage.menuLink(this.page).click();
    await expect(this.heading).toHaveText(/^ภาพรวม ปีงบประมาณ/);
    await expect(this.keyFigures).toBeVisible();
  }

  /** A key figure that links to its measures: "ดำเนินการแล้วเสร็จ 11". */
  figureLink(label: string, value: number): Locator {
    return this.keyFigures.getByRole('link', {
      name: `${label} ${value}`,
      exact: true,
    });
  }

  /** A key figure by its label, link or not. */
  figure(label: string): Locator {
    return this.keyFigures
      .getByRole('listitem')
      .filter({ hasText: new RegExp(`^${label} \\d+$`) });
  }

  table(name: TableName): Locator {
    return this.page.getByRole('table', { name: TABLES[name], exact: true });
  }

  /** A table's row by its row header, e.g. a status or a unit. */
  row(table: TableName, header: string): Locator {
    return this.table(table)
      .getByRole('row')
      .filter({
        has: this.page.getByRole('rowheader', { name: header, exact: true }),
      });
  }

  /** The cells after the row header. */
  cells(table: TableName, header: string): Locator {
    return this.row(table, header).getByRole('cell');
  }

  /**
   * Where the text of each column sits: the heading's and every cell's
   * content box (the text itself, not the cell), column by column.
   */
  async columnText(name: TableName): Promise<ColumnText[]> {
    return this.table(name).evaluate((table) => {
      const box = (cell: Element) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const { left, right } = range.getBoundingClientRect();
        return { left, right, text: cell.textContent ?? '' };
      };
      const [head, ...body] = [...table.querySelectorAll('tr')].map((row) => [
        ...row.cells,
      ]);
      return (head ?? []).map((heading, i) => ({
        heading: box(heading),
        cells: body.flatMap((row) => (row[i] ? [box(row[i])] : [])),
      }));
    });
  }

  /** The export buttons of a table. */
  exportButton(table: TableName, kind: 'CSV' | 'Excel'): Locator {
    return this.page.getByRole('button', {
      name: `ส่งออก ${kind}: ${TABLES[table]}`,
    });
  }

  /** The month column marked as today's in the timeline. */
  get todayColumn(): Locator {
    return this.table('timeline').locator('th[aria-current="date"]');
  }

  /** The list of measures still to report for a round. */
  missingList(round: string): Locator {
    return this.page
      .getByRole('heading', { level: 3, name: `มาตรการที่ยังไม่รายงาน${round}` })
      .locator('xpath=following-sibling::*[1]');
  }
}
