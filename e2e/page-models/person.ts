import type { Locator, Page } from '@playwright/test';

/** The shell's one-time question for the name of the person at this device. */
export class PersonPrompt {
  readonly form: Locator;
  readonly name: Locator;
  readonly saveButton: Locator;
  readonly notNowButton: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', {
      name: 'ใส่ชื่อของคุณไว้ในเครื่องนี้',
    });
    this.name = this.form.getByRole('textbox', {
      name: 'ชื่อของคุณ',
      exact: true,
    });
    this.saveButton = this.form.getByRole('button', {
      name: 'บันทึกชื่อ',
      exact: true,
    });
    this.notNowButton = this.form.getByRole('button', {
      name: 'ไม่ใช่ตอนนี้',
      exact: true,
    });
  }
}

/** Settings: the name of the person at this device. */
export class PersonPanel {
  readonly region: Locator;
  readonly name: Locator;
  readonly saveButton: Locator;
  readonly saved: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'ผู้ใช้เครื่องนี้' });
    this.name = this.region.getByRole('textbox', {
      name: 'ชื่อของคุณ',
      exact: true,
    });
    this.saveButton = this.region.getByRole('button', {
      name: 'บันทึกชื่อ',
      exact: true,
    });
    this.saved = this.region
      .getByRole('status')
      .filter({ hasText: 'บันทึกชื่อแล้ว' });
  }
}
