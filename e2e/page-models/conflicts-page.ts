import { expect, type Locator, type Page } from '@playwright/test';

/** ข้อมูลขัดแย้ง (/conflicts): records edited apart, waiting for a choice. */
export class ConflictsPage {
  readonly heading: Locator;
  readonly table: Locator;
  /** The rows of the table body, one per record in conflict. */
  readonly rows: Locator;
  readonly noneMessage: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'ข้อมูลขัดแย้ง' });
    this.table = page.getByRole('main').getByRole('table');
    this.rows = this.table.getByRole('rowgroup').nth(1).getByRole('row');
    this.noneMessage = page.getByText('ไม่มีข้อมูลขัดแย้ง ทุกรายการตรงกันแล้ว');
  }

  /** The menu link, shown only while there are conflicts: 'ข้อมูลขัดแย้ง (n)'. */
  static menuLink(page: Page): Locator {
    return page
      .getByRole('navigation', { name: 'เมนูหลัก' })
      .getByRole('link', { name: /^ข้อมูลขัดแย้ง/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/conflicts');
    await expect(this.heading).toBeVisible();
  }

  /** Opens the list from the menu link. */
  async open(): Promise<void> {
    await ConflictsPage.menuLink(this.page).click();
    await expect(this.heading).toBeVisible();
  }

  /** Opens one record's versions by the label the list shows for it. */
  async openRecord(label: string): Promise<ConflictPage> {
    await this.table.getByRole('link', { name: label, exact: true }).click();
    const conflict = new ConflictPage(this.page);
    await expect(conflict.heading).toBeVisible();
    return conflict;
  }

  /** Opens the record of the n-th row (from 0). */
  async openRow(n: number): Promise<ConflictPage> {
    await this.rows.nth(n).getByRole('link').click();
    const conflict = new ConflictPage(this.page);
    await expect(conflict.heading).toBeVisible();
    return conflict;
  }
}

/** One record's versions side by side (/conflicts/:kind/:id). */
export class ConflictPage {
  readonly heading: Locator;
  readonly table: Locator;
  /** The column heads of the versions, "ฉบับที่ 1 (ที่แสดงอยู่)", "ฉบับที่ 2", … */
  readonly versionHeads: Locator;
  /** The row heads: each field's label, in order. */
  readonly fieldNames: Locator;
  readonly saveButton: Locator;
  readonly goneMessage: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', {
      level: 1,
      name: 'เลือกฉบับที่ถูกต้อง',
    });
    this.table = page.getByRole('main').getByRole('table');
    this.versionHeads = this.table
      .getByRole('row')
      .first()
      .getByRole('columnheader')
      .filter({ hasText: /^ฉบับที่/ });
    this.fieldNames = this.table.getByRole('rowheader');
    this.saveButton = page.getByRole('button', { name: 'บันทึกฉบับที่เลือก' });
    this.goneMessage = page.getByText('ความขัดแย้งนี้ได้รับการแก้ไขแล้ว หรือไม่มีอยู่');
  }

  /** The row of one field, by its label (e.g. 'มาตรการ/แนวทาง'). */
  field(label: string): Locator {
    return this.table.getByRole('row').filter({
      has: this.page.getByRole('rowheader', { name: new RegExp(`^${label}`) }),
    });
  }

  /** The radio that takes one field's value from version n (from 1). */
  pick(label: string, n: number): Locator {
    return this.field(label).getByRole('radio', {
      name: `ใช้ค่าจากฉบับที่ ${n}`,
    });
  }

  /** The column head of version n (from 1). */
  versionHead(n: number): Locator {
    return this.versionHeads.nth(n - 1);
  }

  /** The button that picks every field from version n (from 1). */
  keepVersionButton(n: number): Locator {
    return this.page.getByRole('button', { name: `ใช้ฉบับที่ ${n} ทั้งหมด` });
  }

  /** Keeps version n as a whole and saves; ends on the conflicts list. */
  async keepVersion(n: number): Promise<void> {
    await this.keepVersionButton(n).click();
    await this.saveButton.click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'ข้อมูลขัดแย้ง' }),
    ).toBeVisible();
  }
}
