import type { Locator, Page } from '@playwright/test';

/** การส่งรายงาน (/rounds/:fiscalYear/:round): who has reported a round. */
export class RoundPage {
  readonly heading: Locator;
  readonly due: Locator;
  readonly table: Locator;
  readonly names: Locator;
  readonly count: Locator;
  readonly show: Locator;
  readonly district: Locator;
  readonly round: Locator;
  readonly checklist: Locator;
  readonly totals: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.due = page.locator('.round-due');
    this.table = page.getByRole('region', {
      name: 'หน่วยงานที่ต้องรายงานในรอบนี้',
    });
    this.names = this.table.getByRole('rowheader');
    this.count = page.locator('.result-count');
    this.show = page.getByRole('combobox', { name: 'แสดง' });
    this.district = page.getByRole('combobox', { name: 'อำเภอ' });
    this.round = page.getByRole('combobox', { name: 'รอบการรายงาน' });
    this.checklist = page.getByRole('region', {
      name: 'รายชื่อหน่วยงานที่เลยกำหนดแล้วยังไม่ส่ง',
    });
    this.totals = page.getByRole('region', { name: 'ยอดรวมรายอำเภอ' }).first();
  }

  /** The figure's link, by what it counts: "ส่งแล้ว", "ส่งตรงเวลา", … */
  figure(what: string): Locator {
    return this.page.getByRole('link', {
      name: new RegExp(`^${what} [\\d๐-๙,]+ แห่ง: แสดงหน่วยงานเหล่านี้$`),
    });
  }

  /** A row of the table by its office's name: its cells' texts. */
  row(name: string): Locator {
    return this.table.getByRole('row').filter({
      has: this.page.getByRole('rowheader', { name, exact: true }),
    });
  }

  sortButton(header: string): Locator {
    return this.table.getByRole('button', { name: new RegExp(`^${header}`) });
  }
}
