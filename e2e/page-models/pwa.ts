import type { Locator, Page } from '@playwright/test';

/** The shell's banner telling that a new version is waiting. */
export class UpdatePrompt {
  readonly alert: Locator;
  readonly reloadButton: Locator;
  readonly laterButton: Locator;

  constructor(readonly page: Page) {
    this.alert = page.getByRole('alert').filter({ hasText: 'มีแอปเวอร์ชันใหม่' });
    this.reloadButton = this.alert.getByRole('button', {
      name: 'โหลดเวอร์ชันใหม่',
    });
    this.laterButton = this.alert.getByRole('button', { name: 'ภายหลัง' });
  }
}

/** The note above a form whose unsaved typing was brought back. */
export class DraftNotice {
  readonly notice: Locator;
  readonly discardButton: Locator;

  constructor(readonly page: Page) {
    this.notice = page
      .getByRole('status')
      .filter({ hasText: 'กู้คืนข้อความที่พิมพ์ค้างไว้' });
    this.discardButton = this.notice.getByRole('button', {
      name: 'ทิ้งร่างนี้',
    });
  }
}

/** The measures list's pointer to a new measure left unsaved. */
export class NewMeasureDraftNote {
  readonly note: Locator;
  readonly continueLink: Locator;

  constructor(readonly page: Page) {
    this.note = page
      .getByRole('status')
      .filter({ hasText: 'มีมาตรการใหม่ที่พิมพ์ค้างไว้' });
    this.continueLink = this.note.getByRole('link', { name: 'ทำต่อ' });
  }
}

/** The shell's online/offline indicator. */
export class ConnectionStatus {
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByRole('status', { name: 'สถานะการเชื่อมต่อ' });
  }
}

/** The dialog shown when another tab upgraded the database. */
export class UpgradeDialog {
  readonly dialog: Locator;
  readonly reloadButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', {
      name: 'แอปถูกปรับรุ่นในอีกแท็บหนึ่ง',
    });
    this.reloadButton = this.dialog.getByRole('button', {
      name: 'โหลดหน้าใหม่',
    });
  }
}

/** Shown instead of the app when the database cannot be opened. */
export class RecoveryScreen {
  readonly heading: Locator;
  readonly retryButton: Locator;
  readonly resetButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', {
      level: 1,
      name: 'เปิดฐานข้อมูลในเครื่องไม่ได้',
    });
    this.retryButton = page.getByRole('button', { name: 'ลองอีกครั้ง' });
    this.resetButton = page.getByRole('button', {
      name: 'ล้างฐานข้อมูลในเครื่องและเริ่มใหม่',
    });
  }
}
