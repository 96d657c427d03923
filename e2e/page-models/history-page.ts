import type { Locator, Page } from '@playwright/test';

/**
 * A record's history (a measure's, an update's, the office's): every version
 * newest first, each an article named by its heading (time · what happened),
 * with its cause, source and who, and the fields changed in a table.
 */
export class HistoryPage {
  readonly heading: Locator;
  readonly versions: Locator;
  /** The headings of the versions, newest first. */
  readonly versionHeadings: Locator;
  /** "This record was deleted on …", with its restore button. */
  readonly deletedNotice: Locator;
  readonly printButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.versions = page.getByRole('main').getByRole('article');
    this.versionHeadings = this.versions.getByRole('heading', { level: 3 });
    this.deletedNotice = page.getByRole('note');
    this.printButton = page.getByRole('button', { name: 'พิมพ์ประวัติ' });
  }

  /** The n-th version from the newest (from 0). */
  version(index: number): Locator {
    return this.versions.nth(index);
  }

  /** A detail of a version: 'สาเหตุ', 'ที่มา' or 'ผู้แก้ไข'. */
  meta(version: Locator, term: 'สาเหตุ' | 'ที่มา' | 'ผู้แก้ไข'): Locator {
    return version
      .getByRole('term')
      .filter({ hasText: term })
      .locator('xpath=following-sibling::dd[1]');
  }

  /**
   * A version's table: the fields changed (old → new), or, for a first
   * version, what it held.
   */
  table(version: Locator): Locator {
    return version.getByRole('table', {
      name: /^(ช่องที่เปลี่ยน|ข้อมูลในฉบับนี้)$/,
    });
  }

  /** The cells of a field's row in a version's table: [old, new], or [value]. */
  changeRow(version: Locator, label: string): Locator {
    return this.table(version)
      .getByRole('row')
      .filter({
        has: this.page.getByRole('rowheader', { name: label, exact: true }),
      })
      .getByRole('cell');
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('button', { name });
  }
}
