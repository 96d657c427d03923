import { readFile } from 'node:fs/promises';

import type { Locator, Page } from '@playwright/test';

import { readSheetCells } from '../src/testing/xlsx-cells';
import { bundleFile, otherOffice, sampleBundle } from './bundles';
import { expect, test } from './fixtures';
import { ImportPanel } from './page-models/exchange-page';
import { ExpectedOfficesPage } from './page-models/expected-offices-page';
import { RoundPage } from './page-models/round-page';
import { SetupPage } from './page-models/setup-page';
import { readPdf, skeleton } from './pdf-text';

const KHUNKAEW = 'เทศบาลตำบลขุนแก้ว';
const BANGKAEW = 'เทศบาลตำบลบางแก้ว';
const DONYANG = 'เทศบาลตำบลดอนยาง';

/** Ten days after the 6-month report was due (30 April 2025, the default). */
const TODAY = new Date('2025-05-10T10:00:00+07:00');

/**
 * Three offices' bundles: ขุนแก้ว (the sample) reported the 6-month round
 * on 31 March; บางแก้ว handed its report in late, on 5 May; ดอนยาง has
 * measures but no update at all.
 */
function bundles() {
  const sample = sampleBundle();
  // Its 6-month update is a deleted one: the first measure reports on 31 March.
  const first = sample.updates.find((u) => !u.deleted);
  Object.assign(first ?? {}, { date: '2025-03-31', round: 'six-month' });
  const late = otherOffice(BANGKAEW, 'bbbbbbbb');
  for (const office of late.offices) office.district = 'เมืองนครปฐม';
  for (const update of late.updates)
    Object.assign(update, { date: '2025-05-05', round: 'six-month' });
  const none = otherOffice(DONYANG, 'cccccccc');
  none.updates = [];
  return [
    bundleFile('khunkaew.json', sample),
    bundleFile('bangkaew.json', late),
    bundleFile('donyang.json', none),
  ];
}

test('a round: the figures, a figure that filters the table, the overdue list exported and printed, the totals by district', async ({
  page,
}) => {
  await page.clock.setFixedTime(TODAY);
  await new SetupPage(page).goto();
  const panel = new ImportPanel(page);
  await panel.choose(...bundles());
  await panel.knowWhereFilesCameFrom();
  await panel.confirmButton.click();
  await expect(page).toHaveURL(/\/measures$/);

  // No expected offices yet: said, with the way to the list.
  const round = new RoundPage(page);
  await page.goto('/rounds/2568/six-month');
  await expect(page.getByText(/^ยังไม่มีรายชื่อหน่วยงานที่ต้องรายงาน/)).toBeVisible();
  await page.getByRole('link', { name: 'ไปที่รายชื่อหน่วยงานที่ต้องรายงาน' }).click();
  const expected = new ExpectedOfficesPage(page);
  await expected.addAll.click();
  await expect(expected.names).toHaveCount(3);

  // From the list to the round due nearest today: the 6-month one.
  await page.getByRole('link', { name: 'ติดตามการส่งรายงานแต่ละรอบ' }).click();
  await expect(page).toHaveURL(/\/rounds\/2568\/six-month$/);
  await expect(round.heading).toHaveText(
    'การส่งรายงานรอบ 6 เดือน ปีงบประมาณ 2568',
  );
  await expect(round.due).toContainText('กำหนดส่ง 30 เม.ย. 2568 ตามค่าตั้งต้น');
  await expect(round.figure('ต้องส่ง')).toContainText('3 แห่ง');
  await expect(round.figure('ส่งแล้ว')).toContainText('อัตราการส่ง 66.7%');
  await expect(round.figure('ส่งตรงเวลา')).toContainText(
    'อัตราการส่งตรงเวลา 33.3%',
  );
  await expect(round.figure('อนุมัติแล้ว')).toContainText('0 แห่ง');
  await expect(round.names).toHaveText([KHUNKAEW, DONYANG, BANGKAEW]);
  await expect(round.row(KHUNKAEW)).toContainText(
    /ส่งแล้ว รออนุมัติ\s*31 มี\.ค\. 2568\s*ตรงเวลา\s*1 จาก 11/,
  );
  await expect(round.row(BANGKAEW)).toContainText('ช้า 5 วัน');
  await expect(round.row(DONYANG)).toContainText(/ยังไม่ส่ง.*เลยกำหนด 10 วัน/);

  // A figure shows its offices, in the URL; back shows them all again.
  await round.figure('ส่งตรงเวลา').click();
  await expect(page).toHaveURL(/\?show=on-time$/);
  await expect(round.names).toHaveText([KHUNKAEW]);
  await expect(round.count).toHaveText('แสดง 1 จาก 3 หน่วยงาน');
  await expect(round.show).toHaveValue('on-time');
  await page.goBack();
  await expect(round.names).toHaveCount(3);
  await round.district.selectOption('เมืองนครปฐม');
  await expect(round.names).toHaveText([BANGKAEW]);
  await expect(round.figure('ต้องส่ง')).toContainText('1 แห่ง');
  await page.reload();
  await expect(round.names).toHaveText([BANGKAEW]);
  await round.district.selectOption('');
  await round.sortButton('ตรงเวลา/ล่าช้า').click();
  await expect(round.names).toHaveText([DONYANG, BANGKAEW, KHUNKAEW]);

  // The overdue checklist, as files: CSV, and XLSX with number cells.
  await expect(round.checklist).toContainText('เลยกำหนดแล้วยังไม่ส่ง 1 แห่ง');
  const heading = [
    'รายชื่อหน่วยงานที่ยังไม่ส่งรายงานรอบ 6 เดือน ปีงบประมาณ 2568',
    'จังหวัดนครปฐม',
    'กำหนดส่ง 30 เม.ย. 2568 · ข้อมูล ณ วันที่ 10 พ.ค. 2568',
  ];
  const csv = await saved(
    page,
    round.checklist.getByRole('button', {
      name: 'ส่งออก CSV: ยังไม่ส่งรายงาน',
    }),
  );
  expect(csv.toString('utf8')).toBe(
    '\ufeff' +
      [
        ...heading,
        '',
        'ลำดับ,หน่วยงาน,ประเภท,อำเภอ,จังหวัด,เลยกำหนด (วัน)',
        `1,${DONYANG},เทศบาลตำบล,นครชัยศรี,นครปฐม,10`,
        '',
      ].join('\r\n'),
  );
  const xlsx = readSheetCells(
    new Uint8Array(
      await saved(
        page,
        round.checklist.getByRole('button', {
          name: 'ส่งออก Excel: ยังไม่ส่งรายงาน',
        }),
      ),
    ),
  );
  expect(xlsx.slice(0, 3).map((row) => row[0]?.value)).toEqual(heading);
  expect(xlsx.at(-1)).toEqual([
    { type: 'number', value: 1 },
    { type: 'text', value: DONYANG },
    { type: 'text', value: 'เทศบาลตำบล' },
    { type: 'text', value: 'นครชัยศรี' },
    { type: 'text', value: 'นครปฐม' },
    { type: 'number', value: 10 },
  ]);

  // Printed: the checklist alone on A4, headed with the round and its dates.
  await page.evaluate(() => {
    // Headless Chromium has no print dialog: the button's print announces itself.
    window.print = () => window.dispatchEvent(new Event('beforeprint'));
  });
  await round.checklist.getByRole('button', { name: 'พิมพ์รายชื่อ' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'เมนูหลัก' })).toBeHidden();
  await expect(round.table).toBeHidden();
  const pages = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pages[0]?.width).toBeCloseTo(595, 0);
  expect(pages[0]?.height).toBeCloseTo(842, 0);
  const printed = skeleton(pages.map((p) => p.text).join(' '));
  for (const line of [...heading, DONYANG, 'ติดตามแล้ว'])
    expect(printed).toContain(skeleton(line));
  expect(printed).not.toContain(skeleton(KHUNKAEW));
  await page.emulateMedia({ media: 'screen' });

  // Totals by district and for the province, the file's figures numbers.
  await expect(round.totals.getByRole('row').last()).toHaveText(
    /^รวมจังหวัดนครปฐม\s*3\s*2\s*1\s*0\s*66\.7%\s*33\.3%\s*33\s*\d+\s*11\s*12$/,
  );
  const totals = readSheetCells(
    new Uint8Array(
      await saved(
        page,
        round.totals.getByRole('button', {
          name: 'ส่งออก Excel: ยอดรวมรายอำเภอ',
        }),
      ),
    ),
  );
  expect(totals.at(-3)?.[0]?.value).toBe('นครชัยศรี');
  expect(totals.at(-2)?.[0]?.value).toBe('เมืองนครปฐม');
  expect(
    totals
      .at(-1)
      ?.slice(0, 8)
      .map((cell) => cell?.value),
  ).toEqual(['รวมจังหวัดนครปฐม', 3, 2, 1, 0, 2 / 3, 1 / 3, 33]);
});

test('a round page for an unknown round says so, with the way to the current one', async ({
  page,
}) => {
  await page.clock.setFixedTime(TODAY);
  await new SetupPage(page).goto();
  const panel = new ImportPanel(page);
  await panel.choose(...bundles().slice(0, 2));
  await panel.knowWhereFilesCameFrom();
  await panel.confirmButton.click();
  await expect(page).toHaveURL(/\/measures$/);
  await page.goto('/rounds/2568/quarter');
  await expect(page.getByRole('alert')).toHaveText(
    '“2568/quarter” ไม่ใช่ปีงบประมาณ (พ.ศ. เช่น 2568) และรอบ (6 เดือน หรือ 12 เดือน) ที่แอปรู้จัก ลิงก์อาจพิมพ์ผิด',
  );
  await page.getByRole('link', { name: 'ไปที่รอบการรายงานปัจจุบัน' }).click();
  await expect(page).toHaveURL(/\/rounds\/2568\/six-month$/);
  // From the menu too: ทุกหน่วยงาน (the page's item), then the round page.
  const menu = page.getByRole('navigation', { name: 'เมนูหลัก' });
  const offices = menu.getByRole('link', { name: 'ทุกหน่วยงาน' });
  await expect(offices).toHaveAttribute('aria-current', 'page');
  await offices.click();
  await page.getByRole('link', { name: 'ติดตามการส่งรายงานแต่ละรอบ' }).click();
  await expect(page).toHaveURL(/\/rounds\/2568\/six-month$/);
});

/** The bytes of the file the button saves. */
async function saved(page: Page, button: Locator): Promise<Buffer> {
  const download = page.waitForEvent('download');
  await button.click();
  return readFile(await (await download).path());
}
