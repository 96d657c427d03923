import { expect, type Locator, type Page } from '@playwright/test';

import { typedMonth } from '../typed-dates';
import { AppShell } from './app-shell';

export interface MeasureData {
  title: string;
  methods?: readonly string[];
  /** A month range as `YYYY-MM`, typed as `ต.ค. 2567`; the whole fiscal year when left out. */
  period?: { from: string; to: string };
  /** Unit names to tick; 'all' ticks ทุกส่วนราชการ. */
  units: readonly string[] | 'all';
  evidence?: readonly string[];
}

/** The form that adds or edits a measure (/measures/new, /measures/:id/edit). */
export class MeasureForm {
  readonly heading: Locator;
  readonly title: Locator;
  readonly addMethodButton: Locator;
  /** How the report lists the steps (๑. ๒. / - / no marker). */
  readonly methodsStyle: Locator;
  readonly wholeYear: Locator;
  readonly months: Locator;
  readonly from: Locator;
  readonly to: Locator;
  /** The months' calendar buttons; each calendar opens in a dialog named by its field. */
  readonly fromCalendarButton: Locator;
  readonly toCalendarButton: Locator;
  readonly toCalendar: Locator;
  readonly units: Locator;
  readonly allUnits: Locator;
  readonly addLinkButton: Locator;
  readonly saveButton: Locator;
  readonly cancelButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.title = page.getByRole('textbox', {
      name: 'มาตรการ/แนวทาง',
      exact: true,
    });
    this.addMethodButton = page.getByRole('button', { name: 'เพิ่มขั้นตอน' });
    this.methodsStyle = page.getByRole('combobox', {
      name: 'รูปแบบรายการขั้นตอนในรายงาน',
    });
    this.wholeYear = page.getByRole('radio', { name: 'ทั้งปีงบประมาณ' });
    this.months = page.getByRole('radio', { name: 'ช่วงเดือน' });
    this.from = page.getByRole('textbox', { name: 'ตั้งแต่เดือน', exact: true });
    this.to = page.getByRole('textbox', { name: 'ถึงเดือน', exact: true });
    this.fromCalendarButton = page.getByRole('button', {
      name: 'ปฏิทินสำหรับช่อง “ตั้งแต่เดือน”',
    });
    this.toCalendarButton = page.getByRole('button', {
      name: 'ปฏิทินสำหรับช่อง “ถึงเดือน”',
    });
    this.toCalendar = page.getByRole('dialog', { name: 'ถึงเดือน' });
    this.units = page.getByRole('group', { name: 'ผู้รับผิดชอบ' });
    this.allUnits = this.unit('ทุกส่วนราชการ');
    this.addLinkButton = page.getByRole('button', { name: 'เพิ่มลิงก์' });
    this.saveButton = page.getByRole('button', { name: 'บันทึก', exact: true });
    this.cancelButton = page.getByRole('button', {
      name: 'ยกเลิก',
      exact: true,
    });
  }

  /** Opens the form for a new measure by its address. */
  async gotoNew(): Promise<void> {
    await this.page.goto('/measures/new');
    await expect(this.heading).toContainText('เพิ่มมาตรการ ปีงบประมาณ');
  }

  /** Opens the form for a new measure as a person would: menu, then the list's button. */
  async openNew(): Promise<void> {
    await new AppShell(this.page).openMeasures();
    await this.page.getByRole('link', { name: 'เพิ่มมาตรการ' }).click();
    await expect(this.heading).toContainText('เพิ่มมาตรการ ปีงบประมาณ');
  }

  /** The n-th method (from 1). */
  method(number: number): Locator {
    return this.page.getByRole('textbox', {
      name: `ขั้นที่ ${number}`,
      exact: true,
    });
  }

  /** The n-th evidence link (from 1). */
  link(number: number): Locator {
    return this.page.getByRole('textbox', {
      name: `ลิงก์ที่ ${number}`,
      exact: true,
    });
  }

  unit(name: string): Locator {
    return this.units.getByRole('checkbox', { name, exact: true });
  }

  async fill(data: MeasureData): Promise<void> {
    await this.title.fill(data.title);
    for (const [index, text] of (data.methods ?? ['ดำเนินการ']).entries()) {
      if (index > 0) await this.addMethodButton.click();
      await this.method(index + 1).fill(text);
    }
    if (data.period) {
      await this.months.check();
      await this.from.fill(typedMonth(data.period.from));
      await this.to.fill(typedMonth(data.period.to));
    }
    if (data.units === 'all') await this.allUnits.check();
    else for (const name of data.units) await this.unit(name).check();
    for (const [index, url] of (data.evidence ?? []).entries()) {
      await this.addLinkButton.click();
      await this.link(index + 1).fill(url);
    }
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }

  /** Adds a measure through the form; ends on the new measure's page. */
  async create(data: MeasureData): Promise<void> {
    await this.openNew();
    await this.fill(data);
    await this.save();
    await expect(this.page).toHaveURL(/\/measures\/[^/]+$/);
    await expect(
      this.page.getByRole('heading', { level: 1, name: data.title }),
    ).toBeVisible();
  }
}
