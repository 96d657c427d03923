// Who may change what (issue 17): files signed by each laptop's own key, an
// office's key trusted on first use, a new laptop's file held until its key
// is trusted, an unsigned file held until its sender is known, and the keys
// listed and revoked in Settings. Each laptop is its own browser context.
import { readFile } from 'node:fs/promises';

import type { BrowserContext, Page } from '@playwright/test';

import { keyFingerprint } from '../src/bundle/signature';
import { bundleFile, otherOffice } from './bundles';
import { expect, test as base } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { ExchangePage, ImportPanel } from './page-models/exchange-page';
import { MeasureForm } from './page-models/measure-form';
import { MeasurePage } from './page-models/measure-page';
import { MeasuresPage } from './page-models/measures-page';
import { OfficePicker } from './page-models/office-picker';
import { SetupPage, setUpOffice } from './page-models/setup-page';
import { fixToday } from './today';

const test = base.extend<{ newLaptop: () => Promise<Page> }>({
  newLaptop: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      await fixToday(page);
      return page;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

const KHUNKAEW = 'เทศบาลตำบลขุนแก้ว';
const ASSETS = 'มาตรการการใช้ทรัพย์สินของทางราชการ';

async function exportYear(page: Page) {
  const exchange = new ExchangePage(page);
  await exchange.open();
  const exported = await exchange.exportBundle({ scope: 'office-year' });
  const { signature } = exported.json as { signature?: { publicKey: string } };
  expect(signature).toBeDefined();
  return { ...exported, fingerprint: keyFingerprint(signature!.publicKey) };
}

async function renameMeasure(page: Page, from: string, to: string) {
  await new AppShell(page).openMeasures();
  await new MeasuresPage(page).openMeasure(from);
  const details = new MeasurePage(page);
  await details.editLink.click();
  const form = new MeasureForm(page);
  await form.title.fill(to);
  await form.save();
  await expect(details.heading).toContainText(to);
}

test("a consolidator trusts an office's first key, holds a new laptop's file until its key is trusted, and revokes a key in Settings", async ({
  newLaptop,
}) => {
  const first = await newLaptop();
  const setup = new SetupPage(first);
  await setup.goto();
  await setup.loadExample();
  const fromFirst = await exportYear(first);

  // The office's new laptop: it starts from the first one's file.
  const second = await newLaptop();
  await new SetupPage(second).goto();
  const firstRun = new ImportPanel(second);
  await firstRun.choose(fromFirst.file);
  await firstRun.confirmButton.click();
  await expect(second).toHaveURL(/\/measures$/);
  await renameMeasure(second, ASSETS, `${ASSETS} (เครื่องใหม่)`);
  const fromSecond = await exportYear(second);
  expect(fromSecond.fingerprint).not.toBe(fromFirst.fingerprint);

  const consolidator = await newLaptop();
  await setUpOffice(consolidator, {
    name: 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด',
    district: 'เมือง',
    province: 'นครปฐม',
  });
  const exchange = new ExchangePage(consolidator);
  await exchange.open();
  const panel = exchange.import;

  // First file of the office: its key is trusted on first use, shown by fingerprint.
  await panel.choose(fromFirst.file);
  await expect(panel.fileOutcomes.first()).toContainText(
    `กุญแจ ${fromFirst.fingerprint}`,
  );
  await expect(
    consolidator.getByText(
      new RegExp(`^${KHUNKAEW}: ไฟล์แรกของหน่วยงานนี้.*${fromFirst.fingerprint}`),
    ),
  ).toBeVisible();
  await panel.confirm();

  // The new laptop's key is unknown here: held with a warning, and left out.
  await panel.choose(fromSecond.file);
  const warning = consolidator.getByText(
    new RegExp(`^คำเตือน: ${KHUNKAEW} — .*${fromSecond.fingerprint}`),
  );
  await expect(warning).toBeVisible();
  const trustKey = consolidator.getByRole('checkbox', {
    name: `ไว้ใจกุญแจนี้สำหรับ ${KHUNKAEW} (เช่น เครื่องใหม่ของหน่วยงาน) และนำเข้า`,
  });
  await expect(trustKey).not.toBeChecked();
  await panel.confirmButton.click();
  await expect(panel.summary).toContainText(
    `ของ ${KHUNKAEW} จากไฟล์ ${fromSecond.file.name}: ลงชื่อด้วยกุญแจที่เครื่องนี้ไม่ได้ไว้ใจสำหรับหน่วยงานนี้`,
  );

  // Chosen again, its key trusted: the edit is written.
  await panel.choose(fromSecond.file);
  await trustKey.check();
  await panel.confirmButton.click();
  await expect(panel.doneHeading).toBeVisible();
  await expect(panel.summary).not.toContainText('ไม่ได้บันทึก');

  // Settings lists both keys of the office, where each came from; revoke one.
  await new AppShell(consolidator).openSettings();
  const keys = consolidator.getByRole('region', {
    name: 'กุญแจที่ไว้ใจ แยกตามหน่วยงาน',
  });
  await expect(keys.getByText(fromFirst.fingerprint)).toBeVisible();
  await expect(keys).toContainText(`ไว้ใจตั้งแต่ไฟล์แรก (${fromFirst.file.name}`);
  await expect(keys).toContainText(
    `เลือกไว้ใจในหน้าตรวจก่อนนำเข้า (${fromSecond.file.name}`,
  );
  await keys
    .getByRole('button', {
      name: `เลิกไว้ใจกุญแจ ${fromSecond.fingerprint} สำหรับ ${KHUNKAEW}`,
    })
    .click();
  await expect(keys.getByText(fromSecond.fingerprint)).toHaveCount(0);
  await expect(keys.getByText(fromFirst.fingerprint)).toBeVisible();

  // A consolidator's device: forms change its own office only.
  const ownOnly = consolidator.getByRole('checkbox', {
    name: /^เครื่องของผู้รวบรวม: แก้ไขด้วยแบบฟอร์มได้เฉพาะ/,
  });
  // Saved as it is clicked; it shows once stored.
  await ownOnly.click();
  await expect(ownOnly).toBeChecked();
  await new OfficePicker(consolidator).choose(KHUNKAEW);
  await new AppShell(consolidator).openMeasures();
  await new MeasuresPage(consolidator).openMeasure(`${ASSETS} (เครื่องใหม่)`);
  await expect(
    consolidator.getByText(
      `ข้อมูลของ${KHUNKAEW}บนเครื่องนี้เปลี่ยนได้จากการนำเข้าไฟล์เท่านั้น`,
      { exact: false },
    ),
  ).toBeVisible();
  const details = new MeasurePage(consolidator);
  await details.editLink.click();
  await expect(new MeasureForm(consolidator).title).toBeDisabled();
});

test('an unsigned file is held until a person says where it came from', async ({
  newLaptop,
}) => {
  const page = await newLaptop();
  await setUpOffice(page);
  const exchange = new ExchangePage(page);
  await exchange.open();
  const panel = exchange.import;
  const unsigned = bundleFile('เก่า.json', otherOffice('อบต.เก่า', '7a1c2a3b'));
  await panel.choose(unsigned);
  await expect(panel.fileOutcomes.first()).toContainText('ไม่มีลายมือชื่อดิจิทัล');
  await expect(panel.knowSource).not.toBeChecked();
  await panel.confirmButton.click();
  await expect(panel.summary).toContainText(
    'ของ อบต.เก่า จากไฟล์ เก่า.json: ไฟล์ไม่มีลายมือชื่อดิจิทัลและไม่ได้ยืนยันที่มา',
  );

  await panel.choose(unsigned);
  await panel.knowSource.check();
  await panel.confirmButton.click();
  await expect(panel.doneHeading).toBeVisible();
  await expect(panel.summary).not.toContainText('ไม่ได้บันทึก');
});

test('a file named by its device, encrypted with a passphrase, opens only with it; the preview names the sender', async ({
  newLaptop,
}) => {
  const sender = await newLaptop();
  await setUpOffice(sender);
  await new AppShell(sender).openSettings();
  const device = sender.getByRole('region', {
    name: 'เครื่องนี้',
    exact: true,
  });
  await device.getByLabel('ชื่อเครื่องนี้').fill('โน้ตบุ๊กงานแผน');
  await device.getByRole('button', { name: 'บันทึกชื่อเครื่อง' }).click();
  await expect(device.getByRole('status')).toHaveText('บันทึกแล้ว');

  const exchange = new ExchangePage(sender);
  await exchange.open();
  await exchange.exportRegion
    .getByRole('checkbox', { name: /^เข้ารหัสไฟล์ด้วยรหัสผ่าน/ })
    .check();
  await exchange.exportRegion
    .getByLabel('รหัสผ่าน', { exact: true })
    .fill('ลับเฉพาะ 2568');
  await exchange.exportRegion.getByLabel('พิมพ์รหัสผ่านอีกครั้ง').fill('ลับเฉพาะ 2568');
  const downloading = sender.waitForEvent('download');
  await exchange.exportButton.click();
  const download = await downloading;
  const name = download.suggestedFilename();
  expect(name).toMatch(/^ita-เทศบาลตำบลทดสอบ-ปีงบ2568-.*\.json\.gz\.enc$/);
  const buffer = await readFile(await download.path());
  expect(buffer.subarray(0, 40).toString()).toContain(
    'ita-tracker/encrypted-bundle',
  );

  const receiver = await newLaptop();
  await setUpOffice(receiver, {
    name: 'อบต.ผู้รับ',
    district: 'เมือง',
    province: 'นครปฐม',
  });
  const into = new ExchangePage(receiver);
  await into.open();
  const panel = into.import;
  await panel.choose({ name, mimeType: 'application/octet-stream', buffer });
  await expect(panel.fileOutcomes.first()).toContainText('ไฟล์นี้เข้ารหัสด้วยรหัสผ่าน');
  const passphrase = receiver.getByLabel(`รหัสผ่านของไฟล์ ${name}`);
  await passphrase.fill('ผิด');
  await receiver.getByRole('button', { name: 'ถอดรหัสแล้วอ่านไฟล์' }).click();
  await expect(panel.fileOutcomes.first()).toContainText('รหัสผ่านไม่ถูกต้อง');
  await receiver.getByLabel(`รหัสผ่านของไฟล์ ${name}`).fill('ลับเฉพาะ 2568');
  await receiver.getByRole('button', { name: 'ถอดรหัสแล้วอ่านไฟล์' }).click();
  await expect(panel.fileOutcomes.first()).toContainText(
    /อ่านได้ .* · ส่งจาก โน้ตบุ๊กงานแผน · กุญแจ [0-9a-f]{4}-/,
  );
  await panel.confirm();
  // Nothing of the passphrase is kept on either device.
  for (const page of [sender, receiver]) {
    const stored = await page.evaluate(async () => {
      const dump: string[] = [];
      const open = indexedDB.open('ita-tracker');
      const db = await new Promise<IDBDatabase>((resolve) => {
        open.onsuccess = () => resolve(open.result);
      });
      for (const name of ['settings', 'drafts'])
        dump.push(
          JSON.stringify(
            await new Promise((resolve) => {
              const all = db.transaction(name).objectStore(name).getAll();
              all.onsuccess = () => resolve(all.result);
            }),
          ),
        );
      db.close();
      return dump.join();
    });
    expect(stored).not.toContain('ลับเฉพาะ');
  }
});
