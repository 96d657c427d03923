import type { Locator, Page } from '@playwright/test';

/** The frame around every screen: skip link, header, navigation, language switch. */
export class AppShell {
  readonly banner: Locator;
  readonly skipLink: Locator;
  readonly main: Locator;
  readonly navigation: Locator;
  readonly fiscalYear: Locator;

  constructor(readonly page: Page) {
    this.banner = page.getByRole('banner');
    this.skipLink = page.getByRole('link', { name: 'ข้ามไปยังเนื้อหา' });
    this.main = page.getByRole('main');
    this.navigation = page.getByRole('navigation', { name: 'เมนูหลัก' });
    this.fiscalYear = this.banner.getByRole('combobox', { name: 'ปีงบประมาณ' });
  }

  /** The header button that switches to the other language, named in that language. */
  languageButton(name: 'English' | 'ภาษาไทย'): Locator {
    return this.banner.getByRole('button', { name, exact: true });
  }

  async openMeasures(): Promise<void> {
    await this.navigation
      .getByRole('link', { name: 'มาตรการ', exact: true })
      .click();
  }

  async openSettings(): Promise<void> {
    await this.navigation
      .getByRole('link', { name: 'ตั้งค่า', exact: true })
      .click();
  }
}
