import { expect, type Locator, type Page } from '@playwright/test';

/** Columns of the measures table, in order. */
const COLUMNS = [
  'number',
  'title',
  'period',
  'units',
  'status',
  'percent',
  'lastUpdate',
  'order',
] as const;
type Column = (typeof COLUMNS)[number];

/** The year's measures: table, filters, search and reordering. */
export class MeasuresPage {
  readonly heading: Locator;
  readonly addLink: Locator;
  readonly table: Locator;
  /** The rows of the table body, one per measure shown. */
  readonly rows: Locator;
  readonly emptyMessage: Locator;
  readonly noMatchMessage: Locator;
  readonly search: Locator;
  readonly statusFilter: Locator;
  readonly unitFilter: Locator;
  /** The title links of the rows shown, in order. */
  readonly titleLinks: Locator;
  /** The marks of measures with a version in conflict, each a link to it. */
  readonly conflictBadges: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.addLink = page.getByRole('link', { name: 'เพิ่มมาตรการ' });
    this.table = page.getByRole('table');
    // The second row group is <tbody>; the first holds the column headers.
    this.rows = this.table.getByRole('rowgroup').nth(1).getByRole('row');
    this.conflictBadges = this.rows.getByRole('link', {
      name: /^มีข้อมูลขัดแย้ง/,
    });
    this.titleLinks = this.rows
      .getByRole('link')
      .filter({ hasNotText: /^มีข้อมูลขัดแย้ง/ });
    this.emptyMessage = page.getByText(/^ยังไม่มีมาตรการในปีงบประมาณ/);
    this.noMatchMessage = page.getByText('ไม่มีมาตรการที่ตรงกับตัวกรอง');
    this.search = page.getByRole('searchbox', { name: 'ค้นหา' });
    this.statusFilter = page.getByRole('combobox', {
      name: 'สถานะ',
      exact: true,
    });
    this.unitFilter = page.getByRole('combobox', {
      name: 'ส่วนราชการ',
      exact: true,
    });
  }

  async goto(): Promise<void> {
    await this.page.goto('/measures');
    await expect(this.heading).toContainText('มาตรการ ปีงบประมาณ');
  }

  /** The row whose title link is exactly `title`. */
  row(title: string): Locator {
    return this.rows.filter({
      has: this.page.getByRole('link', { name: title, exact: true }),
    });
  }

  /** The conflict mark of the measure titled `title`. */
  conflictBadge(title: string): Locator {
    return this.row(title).getByRole('link', { name: /^มีข้อมูลขัดแย้ง/ });
  }

  cell(row: Locator, column: Column): Locator {
    return row.getByRole('cell').nth(COLUMNS.indexOf(column));
  }

  /** The button that opens "move to position" for the measure numbered `number`. */
  moveButton(number: number | string): Locator {
    // "ย้าย" apart, as a word: the visible text is then part of the name.
    return this.page.getByRole('button', {
      name: `ย้าย มาตรการที่ ${number}`,
      exact: true,
    });
  }

  /** The drag handle of a row (for the mouse; hidden from assistive technology). */
  dragHandle(title: string): Locator {
    return this.row(title).locator('[draggable="true"]');
  }

  /** Moves the measure numbered `from` to position `to` with the keyboard. */
  async moveWithKeyboard(from: number, to: number): Promise<void> {
    await this.moveButton(from).focus();
    await this.page.keyboard.press('Enter');
    const dialog = this.page.getByRole('dialog', {
      name: `ย้ายมาตรการที่ ${from}`,
    });
    const position = dialog.getByRole('combobox', { name: 'ไปไว้ลำดับที่' });
    await expect(position).toBeFocused();
    await position.selectOption(String(to));
    await dialog
      .getByRole('button', { name: 'ย้าย', exact: true })
      .press('Enter');
    await expect(dialog).toBeHidden();
  }

  async openMeasure(title: string): Promise<void> {
    await this.row(title)
      .getByRole('link', { name: title, exact: true })
      .click();
  }

  /** Checks that the rows shown are exactly `titles`, in order. */
  async expectTitles(titles: readonly string[]): Promise<void> {
    await expect(this.rows.getByRole('link')).toHaveText([...titles]);
  }

  /** Checks that the rows show exactly `titles`, in order, numbered 1, 2, 3 … */
  async expectOrder(titles: readonly string[]): Promise<void> {
    await expect(this.rows.getByRole('link')).toHaveText([...titles]);
    for (const [index, title] of titles.entries()) {
      await expect(this.cell(this.row(title), 'number')).toHaveText(
        String(index + 1),
      );
    }
  }
}
