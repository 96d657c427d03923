// Data for the dashboard specs: the example on first run, and a second office
// made on another laptop (its own browser context) and carried over as a bundle.
import { readFile } from 'node:fs/promises';

import { expect, type Browser, type Page } from '@playwright/test';

import { MeasureForm } from '../page-models/measure-form';
import { MeasuresPage } from '../page-models/measures-page';
import { SetupPage } from '../page-models/setup-page';
import { fixToday } from '../today';

export const KHUNKAEW = 'เทศบาลตำบลขุนแก้ว';
export const OTHER = {
  name: 'อบต.ทดสอบเกาะคา',
  district: 'เกาะคา',
  province: 'ลำปาง',
};

export interface BundleFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** First run with the example (FY2568, 11 measures, each with one completed annual update). */
export async function loadExample(page: Page): Promise<void> {
  await fixToday(page);
  const setup = new SetupPage(page);
  await setup.goto();
  await setup.loadExample();
  await expect(new MeasuresPage(page).rows).toHaveCount(11);
}

/**
 * OTHER, set up on another laptop as an อบต. of ลำปาง with one measure that
 * ended in December 2024 and has no update, exported as a bundle file.
 */
export async function otherOfficeBundle(browser: Browser): Promise<BundleFile> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await fixToday(page);
    const setup = new SetupPage(page);
    await setup.goto();
    await setup.fillOffice(OTHER);
    await setup.kind.selectOption({ label: 'องค์การบริหารส่วนตำบล (อบต.)' });
    await setup.save();
    await expect(page).toHaveURL(/\/measures$/);
    await new MeasureForm(page).create({
      title: 'มาตรการเปิดเผยข้อมูลจัดซื้อจัดจ้าง',
      period: { from: '2024-10', to: '2024-12' },
      units: 'all',
    });
    await page.goto('/exchange');
    const exporting = page.getByRole('region', { name: 'ส่งออกข้อมูล' });
    const download = page.waitForEvent('download');
    await exporting.getByRole('button', { name: 'ส่งออกเป็นไฟล์' }).click();
    const file = await download;
    const buffer = await readFile(await file.path());
    const gzipped = buffer[0] === 0x1f && buffer[1] === 0x8b;
    return {
      name: file.suggestedFilename(),
      mimeType: gzipped ? 'application/gzip' : 'application/json',
      buffer,
    };
  } finally {
    await context.close();
  }
}

/** Imports a bundle on รับ-ส่งข้อมูล and confirms. */
export async function importBundle(
  page: Page,
  file: BundleFile,
): Promise<void> {
  await page.goto('/exchange');
  const importing = page.getByRole('region', { name: 'นำเข้าข้อมูล' });
  await importing.getByLabel('เลือกไฟล์ที่จะนำเข้า').setInputFiles(file);
  const confirm = importing.getByRole('button', { name: 'ยืนยันนำเข้า' });
  await expect(confirm).toBeVisible();
  // The file is made by the test, unsigned: its maker knows where it came from.
  for (const box of await importing
    .getByRole('checkbox', { name: 'ฉันรู้ว่าไฟล์นี้มาจากไหน นำเข้า' })
    .all())
    await box.check();
  await confirm.click();
  await expect(
    importing.getByRole('heading', { name: 'นำเข้าเรียบร้อย' }),
  ).toBeVisible();
}
