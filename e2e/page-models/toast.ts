import type { Locator, Page } from '@playwright/test';

/** The app's one toast: a short message, and "undo" after a delete. */
export class Toast {
  readonly region: Locator;
  /** The message, announced to screen readers as a status. */
  readonly message: Locator;
  readonly undoButton: Locator;
  readonly closeButton: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'การแจ้งเตือน' });
    this.message = this.region.getByRole('status');
    this.undoButton = this.region.getByRole('button', {
      name: 'เลิกทำ',
      exact: true,
    });
    this.closeButton = this.region.getByRole('button', {
      name: 'ปิดการแจ้งเตือน',
      exact: true,
    });
  }
}
