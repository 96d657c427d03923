import type { Locator, Page } from '@playwright/test';

/** Copying the year's measures to the next fiscal year: preview, then copy. */
export class NextYearPage {
  readonly heading: Locator;
  readonly table: Locator;
  /** One row per measure of the year, in order. */
  readonly rows: Locator;
  readonly status: Locator;
  readonly nothingToCopy: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.table = page.getByRole('table');
    this.rows = this.table.getByRole('rowgroup').nth(1).getByRole('row');
    this.status = page.getByRole('status').filter({ hasText: /^คัดลอกแล้ว/ });
    this.nothingToCopy = page.getByText(/^ทุกมาตรการมีอยู่แล้วในปีงบประมาณ/);
  }

  /** The row of the measure titled `title`. */
  row(title: string): Locator {
    return this.rows.filter({
      has: this.page.getByRole('rowheader', { name: title, exact: true }),
    });
  }

  copyButton(count: number, to: number): Locator {
    return this.page.getByRole('button', {
      name: `คัดลอก ${count} มาตรการไปปี ${to}`,
    });
  }

  openButton(to: number): Locator {
    return this.page.getByRole('button', {
      name: `ไปที่มาตรการปีงบประมาณ ${to}`,
    });
  }
}
