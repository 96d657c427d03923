import type { Locator, Page } from '@playwright/test';

/** Settings → local storage: persistent or not, how much is used, advice. */
export class StoragePanel {
  readonly region: Locator;
  readonly persistence: Locator;
  readonly usage: Locator;
  readonly advice: Locator;
  readonly requestButton: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'พื้นที่จัดเก็บในเครื่อง' });
    this.persistence = this.region.getByText(/^(ถาวร|ไม่ถาวร):/);
    this.usage = this.region.getByText(/^ใช้ไป .+ จากที่ใช้ได้ประมาณ .+$/);
    this.advice = this.region.getByText(/^คำแนะนำ: ติดตั้งแอป/);
    this.requestButton = this.region.getByRole('button', {
      name: 'ขอให้เก็บข้อมูลถาวร',
    });
  }
}

/** Settings → about: the running version. */
export class AboutPanel {
  readonly region: Locator;
  readonly version: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'เกี่ยวกับแอป' });
    this.version = this.region.getByText(/^เวอร์ชัน /);
  }
}
