import type { Locator, Page } from '@playwright/test';

/** Settings: this device's language and digits, and the office's details. */
export class SettingsPage {
  readonly heading: Locator;
  readonly thai: Locator;
  readonly english: Locator;
  readonly arabicDigits: Locator;
  readonly thaiDigits: Locator;
  readonly office: Locator;
  readonly district: Locator;
  readonly saveOfficeButton: Locator;
  readonly officeSaved: Locator;
  readonly ita: Locator;
  readonly addItaYearButton: Locator;
  readonly saveItaButton: Locator;
  readonly itaSaved: Locator;

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
    this.office = page.getByRole('region', {
      name: 'ข้อมูลหน่วยงาน',
      exact: true,
    });
    this.district = this.office.getByRole('textbox', {
      name: 'อำเภอ',
      exact: true,
    });
    this.saveOfficeButton = page.getByRole('button', {
      name: 'บันทึกข้อมูลหน่วยงาน',
      exact: true,
    });
    this.officeSaved = this.office
      .getByRole('status')
      .filter({ hasText: 'บันทึกข้อมูลหน่วยงานแล้ว' });
    this.ita = page.getByRole('region', { name: 'ผลการประเมิน ITA ย้อนหลัง' });
    this.addItaYearButton = this.ita.getByRole('button', { name: 'เพิ่มปี' });
    this.saveItaButton = page.getByRole('button', {
      name: 'บันทึกผลการประเมิน ITA',
      exact: true,
    });
    this.itaSaved = this.ita
      .getByRole('status')
      .filter({ hasText: 'บันทึกผลการประเมินแล้ว' });
  }

  /** A field of the n-th ITA row (from 1): 'ปีงบประมาณ', 'คะแนน' or 'ระดับ'. */
  itaField(label: 'ปีงบประมาณ' | 'คะแนน' | 'ระดับ', row: number): Locator {
    return this.ita.getByRole('textbox', { name: `${label} (แถว ${row})` });
  }
}
