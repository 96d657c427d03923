import { expect, type Locator, type Page } from '@playwright/test';

export interface OfficeData {
  name: string;
  district: string;
  province: string;
}

/** First run: the office form, and the button that loads the example instead. */
export class SetupPage {
  readonly heading: Locator;
  readonly name: Locator;
  readonly kind: Locator;
  readonly district: Locator;
  readonly province: Locator;
  readonly website: Locator;
  readonly preparedByName: Locator;
  readonly preparedByPosition: Locator;
  readonly addUnitButton: Locator;
  readonly saveButton: Locator;
  readonly loadExampleButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', {
      level: 1,
      name: 'ตั้งค่าหน่วยงาน',
    });
    this.name = page.getByRole('textbox', { name: 'ชื่อหน่วยงาน', exact: true });
    this.kind = page.getByRole('combobox', {
      name: 'ประเภทหน่วยงาน',
      exact: true,
    });
    this.district = page.getByRole('textbox', { name: 'อำเภอ', exact: true });
    this.province = page.getByRole('textbox', { name: 'จังหวัด', exact: true });
    this.website = page.getByRole('textbox', { name: 'เว็บไซต์', exact: true });
    this.preparedByName = page.getByLabel('ผู้จัดทำรายงาน: ชื่อ');
    this.preparedByPosition = page.getByLabel('ผู้จัดทำรายงาน: ตำแหน่ง');
    this.addUnitButton = page.getByRole('button', { name: 'เพิ่มส่วนราชการ' });
    this.saveButton = page.getByRole('button', {
      name: 'บันทึกและเริ่มใช้งาน',
    });
    this.loadExampleButton = page.getByRole('button', {
      name: 'โหลดข้อมูลตัวอย่าง',
    });
  }

  /** The name field of the office's n-th unit (from 1). */
  unit(number: number): Locator {
    return this.page.getByRole('textbox', {
      name: `ส่วนราชการที่ ${number}`,
      exact: true,
    });
  }

  /** A fresh visit: the app sends it to /setup. */
  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.heading).toBeVisible();
  }

  async fillOffice(office: OfficeData): Promise<void> {
    await this.name.fill(office.name);
    await this.district.fill(office.district);
    await this.province.fill(office.province);
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }

  async loadExample(): Promise<void> {
    await this.loadExampleButton.click();
  }
}

export const TEST_OFFICE: OfficeData = {
  name: 'เทศบาลตำบลทดสอบ',
  district: 'เมือง',
  province: 'นครปฐม',
};

/** Sets up TEST_OFFICE from a fresh visit and waits for the measures list. */
export async function setUpOffice(
  page: Page,
  office: OfficeData = TEST_OFFICE,
): Promise<void> {
  const setup = new SetupPage(page);
  await setup.goto();
  await setup.fillOffice(office);
  await setup.save();
  await expect(page).toHaveURL(/\/measures$/);
}
