import type { Locator, Page } from '@playwright/test';

/** One measure: its details and status, edit/delete, and its progress updates. */
export class MeasurePage {
  readonly heading: Locator;
  readonly editLink: Locator;
  readonly deleteButton: Locator;
  /** The measure's history of changes (its versions, restore). */
  readonly historyLink: Locator;
  /** The status badge; `statusReason` is the line under it that says why. */
  readonly status: Locator;
  readonly statusReason: Locator;
  readonly period: Locator;
  readonly units: Locator;
  readonly updatesSection: Locator;
  readonly addUpdateButton: Locator;
  readonly updates: Locator;
  readonly noUpdatesMessage: Locator;
  /** Newest first or oldest first, remembered on the device. */
  readonly updatesOrder: Locator;
  /** The updates' dates (their headings), in the order shown. */
  readonly updateDates: Locator;
  readonly deleteDialog: Locator;
  readonly deleteUpdateDialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.editLink = page.getByRole('link', { name: 'แก้ไข', exact: true });
    this.deleteButton = page.getByRole('button', { name: 'ลบ', exact: true });
    this.historyLink = page.getByRole('link', {
      name: 'ประวัติการแก้ไข',
      exact: true,
    });
    this.status = this.detail('สถานะ').locator('.badge');
    this.statusReason = this.detail('สถานะ').locator('.status-reason');
    this.period = this.detail('ระยะเวลาดำเนินการ');
    this.units = this.detail('ผู้รับผิดชอบ');
    this.updatesSection = page.getByRole('region', { name: 'ผลการดำเนินการ' });
    this.addUpdateButton = this.updatesSection.getByRole('button', {
      name: 'รายงานผล',
      exact: true,
    });
    this.updates = this.updatesSection.getByRole('article');
    this.noUpdatesMessage = page.getByText('ยังไม่มีการรายงานผลของมาตรการนี้');
    this.updatesOrder = this.updatesSection.getByRole('combobox', {
      name: 'เรียงลำดับ',
    });
    this.updateDates = this.updates.getByRole('heading', { level: 3 });
    this.deleteDialog = page.getByRole('dialog', { name: 'ลบมาตรการนี้?' });
    this.deleteUpdateDialog = page.getByRole('dialog', {
      name: 'ลบรายงานผลนี้?',
    });
  }

  /**
   * The value (<dd>) of one of the measure's details. ARIA does not tie a
   * definition to its term, so after finding the term by role this one step
   * goes by document structure.
   */
  detail(term: string): Locator {
    return this.page
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${escapeRegExp(term)}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }

  /** The update card of a date as the app shows it, e.g. '15 ก.พ. 2568'. */
  update(date: string): Locator {
    return this.updatesSection.getByRole('article', {
      name: `รายงานผลวันที่ ${date}`,
    });
  }

  editUpdateButton(date: string): Locator {
    return this.page.getByRole('button', { name: `แก้ไขรายงานผลวันที่ ${date}` });
  }

  /** The link to an update's history, e.g. for '15 ก.พ. 2568'. */
  updateHistoryLink(date: string): Locator {
    return this.page.getByRole('link', {
      name: `ประวัติการแก้ไขรายงานผลวันที่ ${date}`,
    });
  }

  deleteUpdateButton(date: string): Locator {
    return this.page.getByRole('button', { name: `ลบรายงานผลวันที่ ${date}` });
  }

  /** A dialog's button by its visible name ('ยกเลิก', 'ลบ'). */
  dialogButton(dialog: Locator, name: string): Locator {
    return dialog.getByRole('button', { name, exact: true });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
