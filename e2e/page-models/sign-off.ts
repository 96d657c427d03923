import type { Locator, Page } from '@playwright/test';

/** The report's text editor and its approval section (issue 13). */
export class ReportSignOff {
  readonly editButton: Locator;
  readonly stopButton: Locator;
  readonly editor: Locator;
  readonly approval: Locator;
  readonly approveButton: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.editButton = page.getByRole('button', {
      name: 'แก้ไขข้อความในรายงาน',
      exact: true,
    });
    this.stopButton = page.getByRole('button', {
      name: 'เลิกแก้ไข',
      exact: true,
    });
    this.editor = page.getByRole('region', { name: 'แก้ไขข้อความในรายงาน' });
    this.approval = page.getByRole('region', { name: 'การอนุมัติรายงานรอบนี้' });
    this.approveButton = this.approval.getByRole('button', {
      name: 'อนุมัติรายงานรอบนี้',
    });
    this.alert = this.approval.getByRole('alert');
  }

  /** A cell's text box: "ผลการดำเนินการตามมาตรการ/กิจกรรม ของมาตรการที่ 7". */
  cell(column: string, number: number): Locator {
    return this.editor.getByRole('textbox', {
      name: new RegExp(
        `^${escape(column)} ของมาตรการที่ ${number}( · แก้ไขแล้ว)?$`,
      ),
    });
  }

  revert(column: string, number: number): Locator {
    return this.editor.getByRole('button', {
      name: `ใช้ข้อความจากรายงานผล: ${column} ของมาตรการที่ ${number}`,
    });
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
