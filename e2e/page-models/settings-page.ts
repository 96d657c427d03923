import type { Locator, Page } from '@playwright/test';

/** Settings: this device's language and digits, and the office's details. */
export class SettingsPage {
  readonly heading: Locator;
  readonly thai: Locator;
  readonly english: Locator;
  readonly arabicDigits: Locator;
  readonly thaiDigits: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'ตั้งค่า' });
    const language = page.getByRole('group', { name: 'ภาษา' });
    this.thai = language.getByRole('radio', { name: 'ไทย' });
    this.english = language.getByRole('radio', { name: 'English' });
    const digits = page.getByRole('group', { name: 'ตัวเลข' });
    this.arabicDigits = digits.getByRole('radio', {
      name: 'เลขอารบิก (0 1 2 3)',
    });
    this.thaiDigits = digits.getByRole('radio', { name: 'เลขไทย (๐ ๑ ๒ ๓)' });
  }
}
