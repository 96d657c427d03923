import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MeasuresPage } from './page-models/measures-page';
import { loadExample } from './support/dashboard-data';

// TODAY (e2e/today.ts) is 15 Feb 2025, in FY2568's 6-month round; the
// example has 8 measures without an update that counts for that round.

function deadlines(page: Page) {
  const region = page.getByRole('region', { name: 'กำหนดส่งรายงาน' });
  return {
    region,
    sixMonth: region.getByRole('textbox', {
      name: 'วันครบกำหนดส่งรายงานรอบ 6 เดือน',
    }),
    save: region.getByRole('button', { name: 'บันทึกกำหนดส่ง' }),
    days: region.getByRole('textbox', { name: 'เตือนล่วงหน้า (วัน)' }),
  };
}

const reminder = (page: Page) =>
  page.getByRole('status', { name: 'เตือนกำหนดส่งรายงาน' });

test('a due date set in Settings, refused before the round starts, brings the reminder; the measures list names the measures still without an update', async ({
  page,
}) => {
  await loadExample(page);
  const list = new MeasuresPage(page);
  const banner = page.locator('.open-round-banner');
  await expect(banner).toHaveText(
    /รอบ 6 เดือน \(1 ต\.ค\. – 31 มี\.ค\.\) ปีงบประมาณ 2568 ครบกำหนดส่ง 30 เม\.ย\. 2568: ยังไม่มีผลการดำเนินการ 8 มาตรการ/,
  );
  await banner
    .getByRole('button', { name: 'แสดงเฉพาะมาตรการที่ยังไม่มีผล' })
    .click();
  await expect(list.rows).toHaveCount(8);
  // Due in 74 days: no reminder yet.
  await expect(reminder(page)).toHaveCount(0);

  await new AppShell(page).openSettings();
  const form = deadlines(page);
  await expect(form.sixMonth).toHaveValue('30/4/2568');
  await expect(form.region).toContainText(
    'ค่าตั้งต้น: หนึ่งเดือนหลังสิ้นรอบ (ยังไม่มีผู้กำหนด)',
  );
  await form.sixMonth.fill('30/9/2567');
  await form.save.click();
  await expect(form.region).toContainText(
    'วันครบกำหนดส่งต้องไม่ก่อนวันเริ่มรอบ (1 ต.ค. 2567) กรุณาตรวจสอบวันและปี',
  );
  await expect(form.sixMonth).toHaveAttribute('aria-invalid', 'true');
  await expect(reminder(page)).toHaveCount(0);

  await form.sixMonth.fill('20/2/2568');
  // Leaving the field reads the date and takes the message back.
  await form.sixMonth.press('Tab');
  await expect(form.sixMonth).not.toHaveAttribute('aria-invalid', 'true');
  await form.save.click();
  await expect(form.region.getByRole('status')).toHaveText('บันทึกกำหนดส่งแล้ว');
  await expect(reminder(page)).toHaveText(
    /ครบกำหนดส่งรายงานรอบ 6 เดือน ปีงบประมาณ 2568 วันที่ 20 ก\.พ\. 2568 \(อีก 5 วัน\) ยังไม่มีผลการดำเนินการในรอบนี้ 8 มาตรการ/,
  );

  // N days before, as this device says: 3 is too few for a date 5 days off.
  await form.days.fill('3');
  await expect(reminder(page)).toHaveCount(0);
  await form.days.fill('5');
  await expect(reminder(page)).toBeVisible();

  await reminder(page).getByRole('link', { name: 'ดูมาตรการที่ยังไม่มีผล' }).click();
  await expect(list.rows).toHaveCount(8);
  await expect(banner).toContainText('ครบกำหนดส่ง 20 ก.พ. 2568');
});
