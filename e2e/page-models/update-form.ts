import type { Locator, Page } from '@playwright/test';

import { typedDate } from '../typed-dates';

export interface UpdateData {
  /** `YYYY-MM-DD`, typed as `d/m/yyyy` in the Buddhist era; the form starts at today. */
  date?: string;
  /** The status as the form lists it, e.g. 'กำลังดำเนินการ'. */
  status?: string;
  /** As typed: '50', or in Thai digits '๕๐'. */
  percent?: string;
  result?: string;
  problems?: string;
  evidence?: readonly string[];
}

/**
 * The progress-update form on a measure's page (new or edit). Only one is
 * open at a time, so its fields are found by label on the page.
 */
export class UpdateForm {
  readonly date: Locator;
  /** The date's calendar button; the calendar opens in a dialog named by the field. */
  readonly dateCalendarButton: Locator;
  readonly dateCalendar: Locator;
  /** The rounds the update counts for, said from its date. */
  readonly rounds: Locator;
  /** "Handed in late for the … round", offered only after a round ended. */
  readonly lateBox: Locator;
  readonly status: Locator;
  readonly percent: Locator;
  readonly result: Locator;
  readonly problems: Locator;
  readonly reporter: Locator;
  readonly addLinkButton: Locator;
  readonly saveButton: Locator;
  readonly cancelButton: Locator;

  constructor(readonly page: Page) {
    this.date = page.getByRole('textbox', { name: 'วันที่รายงาน', exact: true });
    this.dateCalendarButton = page.getByRole('button', {
      name: 'ปฏิทินสำหรับช่อง “วันที่รายงาน”',
    });
    this.dateCalendar = page.getByRole('dialog', { name: 'วันที่รายงาน' });
    this.rounds = page.getByRole('group', { name: 'รอบการรายงาน' });
    this.lateBox = this.rounds.getByRole('checkbox');
    this.status = page.getByRole('combobox', { name: 'สถานะ', exact: true });
    this.percent = page.getByRole('textbox', {
      name: 'ความคืบหน้า (ร้อยละ)',
      exact: true,
    });
    this.result = page.getByRole('textbox', {
      name: 'ผลการดำเนินการ',
      exact: true,
    });
    this.problems = page.getByRole('textbox', {
      name: 'ปัญหาและอุปสรรค',
      exact: true,
    });
    this.reporter = page.getByRole('textbox', { name: 'ผู้รายงาน', exact: true });
    this.addLinkButton = page.getByRole('button', { name: 'เพิ่มลิงก์' });
    this.saveButton = page.getByRole('button', { name: 'บันทึก', exact: true });
    this.cancelButton = page.getByRole('button', {
      name: 'ยกเลิก',
      exact: true,
    });
  }

  link(number: number): Locator {
    return this.page.getByRole('textbox', {
      name: `ลิงก์ที่ ${number}`,
      exact: true,
    });
  }

  async fill(data: UpdateData): Promise<void> {
    if (data.date !== undefined) await this.date.fill(typedDate(data.date));
    if (data.status !== undefined) {
      await this.status.selectOption({ label: data.status });
    }
    if (data.percent !== undefined) await this.percent.fill(data.percent);
    if (data.result !== undefined) await this.result.fill(data.result);
    if (data.problems !== undefined) await this.problems.fill(data.problems);
    for (const [index, url] of (data.evidence ?? []).entries()) {
      await this.addLinkButton.click();
      await this.link(index + 1).fill(url);
    }
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }
}
