import { gzipSync } from 'node:zlib';

import type { Page } from '@playwright/test';

import { BUNDLE_VERSION } from '../src/bundle/envelope';
import {
  bundleFile,
  checksumOf,
  jsonFile,
  otherOffice,
  type SampleBundle,
} from './bundles';
import { databaseSnapshot, type Snapshot } from './database';
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { ConflictsPage } from './page-models/conflicts-page';
import {
  ExchangePage,
  type BundleFile,
  type ImportPanel,
} from './page-models/exchange-page';
import { MeasurePage } from './page-models/measure-page';
import { MeasuresPage } from './page-models/measures-page';
import { OfficePicker } from './page-models/office-picker';
import { SetupPage } from './page-models/setup-page';
import { fixToday } from './today';

// Every bad input of issue 4 gets its own message (the exact text of
// exchange.fileError.* / exchange.problem.* in th.json) and leaves the
// database as it was. Each test starts from the example: เทศบาลตำบลขุนแก้ว
// FY2568 with 11 measures, no conflicts.

/** The sample's office renamed, so its records are easy to tell from the example's. */
const IMPORTED = 'เทศบาลตำบลนำเข้าทดสอบ';

let before: Snapshot;

test.beforeEach(async ({ page }) => {
  await fixToday(page);
  const setup = new SetupPage(page);
  await setup.goto();
  await setup.loadExample();
  await expect(new MeasuresPage(page).rows).toHaveCount(11);
  await new ExchangePage(page).open();
  before = await databaseSnapshot(page);
});

/** A sample that is not the example's office, so its records would be new. */
function importable(): SampleBundle {
  return otherOffice(IMPORTED, 'cccccccc');
}

async function chooseFile(page: Page, file: BundleFile): Promise<ImportPanel> {
  const panel = new ExchangePage(page).import;
  await panel.choose(file);
  return panel;
}

/**
 * The file is refused with `message`, and there is nothing to confirm; the
 * page does not say the file has "nothing new": it could not be read at all.
 */
async function expectFileRefused(
  panel: ImportPanel,
  file: string,
  message: string,
): Promise<void> {
  await expect(panel.fileOutcomes).toHaveText([`${file}: ${message}`]);
  await expect(panel.noneReadable).toBeVisible();
  await expect(panel.nothingNew).toHaveCount(0);
  await expect(panel.confirmButton).toHaveCount(0);
  await expect(panel.previewTable).toHaveCount(0);
}

/** What to do instead of importing a file that is no bundle. */
const EXPORT_INSTEAD =
  'ให้ส่งออกไฟล์ข้อมูลจาก ITA Tracker (รับ-ส่งข้อมูล → ส่งออก) แล้วนำเข้าไฟล์ .json หรือ .json.gz ที่ได้';
const PASTE_INSTEAD =
  'หากเป็นรายงานผลฉบับเดิม ให้คัดลอกตารางไปวางที่ รายงาน → นำเข้าจากรายงานเดิม';

/** Why an update is left out with its measure, the n-th of its file. */
const withMeasure = (n: number) =>
  `ไม่นำเข้าพร้อมกับมาตรการของรายการนี้ (มาตรการ ลำดับที่ ${n}) ซึ่งไม่ถูกนำเข้า`;

/** A zip's first bytes, as Office files (.xlsx, .docx) start. */
const zipStart = (entry: string) =>
  Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x03, 0x04]),
    Buffer.alloc(26),
    Buffer.from(entry),
  ]);

/** The database is exactly as before, and the app still shows the example. */
async function expectNothingChanged(page: Page): Promise<void> {
  expect(await databaseSnapshot(page)).toEqual(before);
  await new AppShell(page).openMeasures();
  await expect(new MeasuresPage(page).rows).toHaveCount(11);
  await expect(ConflictsPage.menuLink(page)).toHaveCount(0);
  await expect(new OfficePicker(page).input).toHaveCount(0);
}

test('a file that is not JSON', async ({ page }) => {
  const panel = await chooseFile(
    page,
    jsonFile('notes.json', 'รายงานผลการดำเนินงาน ปีงบประมาณ 2568\n'),
  );
  await expectFileRefused(
    panel,
    'notes.json',
    'ไฟล์นี้ไม่ใช่ไฟล์ข้อมูล JSON กรุณาเลือกไฟล์ที่ส่งออกจาก ITA Tracker (.json หรือ .json.gz)',
  );
  await expectNothingChanged(page);
});

test('files of other kinds say what they are and what to do instead', async ({
  page,
}) => {
  const panel = new ExchangePage(page).import;
  await panel.choose(
    {
      name: 'รายงาน ITA 2568.xlsx',
      mimeType:
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: zipStart('[Content_Types].xml'),
    },
    {
      name: 'รายงาน.docx',
      mimeType:
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: zipStart('word/document.xml'),
    },
    {
      name: 'รายงาน.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n'),
    },
    {
      name: 'หลักฐาน.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    },
    jsonFile('มาตรการ.csv', 'ที่,มาตรการ,ระยะเวลา\n1,ก,ต.ค.67\n'),
  );
  await expect(panel.fileOutcomes).toHaveText([
    `รายงาน ITA 2568.xlsx: ไฟล์นี้เป็นไฟล์ Excel ไม่ใช่ไฟล์ข้อมูลของ ITA Tracker ${EXPORT_INSTEAD} ${PASTE_INSTEAD}`,
    `รายงาน.docx: ไฟล์นี้เป็นไฟล์ Word ไม่ใช่ไฟล์ข้อมูลของ ITA Tracker ${EXPORT_INSTEAD} ${PASTE_INSTEAD}`,
    `รายงาน.pdf: ไฟล์นี้เป็นไฟล์ PDF ไม่ใช่ไฟล์ข้อมูลของ ITA Tracker ${EXPORT_INSTEAD} ${PASTE_INSTEAD}`,
    `หลักฐาน.png: ไฟล์นี้เป็นไฟล์รูปภาพ ไม่ใช่ไฟล์ข้อมูลของ ITA Tracker ${EXPORT_INSTEAD}`,
    `มาตรการ.csv: ไฟล์นี้เป็นไฟล์ CSV (ตาราง) ไม่ใช่ไฟล์ข้อมูลของ ITA Tracker ${EXPORT_INSTEAD} ${PASTE_INSTEAD}`,
  ]);
  await expect(panel.noneReadable).toBeVisible();
  await expect(panel.nothingNew).toHaveCount(0);
  await expect(panel.confirmButton).toHaveCount(0);
  await expectNothingChanged(page);
});

test('an empty file', async ({ page }) => {
  const panel = await chooseFile(page, jsonFile('empty.json', ''));
  await expectFileRefused(
    panel,
    'empty.json',
    'ไฟล์ว่างเปล่า ไม่มีข้อมูล กรุณาส่งออกใหม่จากเครื่องต้นทาง',
  );
  await expectNothingChanged(page);
});

test('truncated JSON', async ({ page }) => {
  const text = JSON.stringify(importable(), null, 2);
  const panel = await chooseFile(
    page,
    jsonFile('cut.json', text.slice(0, Math.floor(text.length / 2))),
  );
  await expectFileRefused(
    panel,
    'cut.json',
    'ไฟล์ขาดหายตอนท้าย (อาจคัดลอกหรือดาวน์โหลดไม่เสร็จ) กรุณาขอไฟล์ใหม่',
  );
  await expectNothingChanged(page);
});

test('truncated gzip', async ({ page }) => {
  const { buffer } = bundleFile('x.json', importable());
  const gzipped = gzipSync(buffer);
  const panel = await chooseFile(page, {
    name: 'cut.json.gz',
    mimeType: 'application/gzip',
    buffer: gzipped.subarray(0, Math.floor(gzipped.length / 2)),
  });
  await expectFileRefused(
    panel,
    'cut.json.gz',
    'ไฟล์บีบอัดไม่ครบหรือเสียหาย (อาจคัดลอกหรือดาวน์โหลดไม่เสร็จ) กรุณาขอไฟล์ใหม่',
  );
  await expectNothingChanged(page);
});

test('JSON that is not a bundle (wrong type)', async ({ page }) => {
  const panel = await chooseFile(
    page,
    bundleFile('other-app.json', { ...importable(), type: 'other-app/backup' }),
  );
  await expectFileRefused(
    panel,
    'other-app.json',
    `ไฟล์นี้เป็น JSON แต่ไม่ใช่ไฟล์ข้อมูลของ ITA Tracker ${EXPORT_INSTEAD}`,
  );
  await expectNothingChanged(page);
});

test('a bundle from a newer version of the app', async ({ page }) => {
  const newer = BUNDLE_VERSION + 1;
  const panel = await chooseFile(
    page,
    bundleFile('newer.json', { ...importable(), version: newer }),
  );
  await expectFileRefused(
    panel,
    'newer.json',
    `ไฟล์นี้มาจากแอปรุ่นใหม่กว่า (รูปแบบ ${newer} เครื่องนี้อ่านได้ถึง ${BUNDLE_VERSION}) กรุณาอัปเดตแอปแล้วนำเข้าอีกครั้ง`,
  );
  await expectNothingChanged(page);
});

test('a checksum that does not match', async ({ page }) => {
  const bundle = importable();
  const sha256 = checksumOf(bundle);
  bundle.measures[0]!.title = 'แก้ไขหลังส่งออก';
  const panel = await chooseFile(
    page,
    jsonFile('edited.json', JSON.stringify({ ...bundle, sha256 })),
  );
  await expectFileRefused(
    panel,
    'edited.json',
    'ค่าตรวจสอบ (SHA-256) ไม่ตรง: ไฟล์ถูกแก้ไขหรือเสียหายหลังส่งออก กรุณาขอไฟล์ใหม่จากต้นทาง',
  );
  await expectNothingChanged(page);
});

test('records of the wrong shape are listed by place and reason; the good ones still import', async ({
  page,
  axe,
}) => {
  const bundle = importable();
  const { measures, updates } = bundle;
  measures[1]!.fiscalYear = 'สองพันห้าร้อยหกสิบแปด';
  delete measures[4]!.title;
  updates[2]!.percent = 150;
  updates[5]!.date = '30/09/2568';
  updates[6]!.status = 'almost-done';
  const panel = await chooseFile(page, bundleFile('mixed.json', bundle));

  const place = (list: 'มาตรการ' | 'รายงานผล', i: number) =>
    `mixed.json · ${list} ลำดับที่ ${i + 1} (id ${(list === 'มาตรการ' ? measures : updates)[i]!.id})`;
  await expect(panel.invalidRecords).toHaveAccessibleName(
    'รายการที่จะไม่นำเข้า (7)',
  );
  await expect(panel.invalidItems()).toHaveText([
    // Fields are named by the forms' labels, not the file's keys.
    `${place('มาตรการ', 1)} · ช่อง “ปีงบประมาณ”: ชนิดข้อมูลไม่ถูกต้อง`,
    `${place('มาตรการ', 4)} · ช่อง “มาตรการ/แนวทาง”: ไม่มีข้อมูลที่จำเป็น`,
    `${place('รายงานผล', 2)} · ช่อง “ความคืบหน้า (ร้อยละ)”: ค่าเกินขอบเขตหรือยาวเกินไป`,
    `${place('รายงานผล', 5)} · ช่อง “วันที่รายงาน”: รูปแบบไม่ถูกต้อง`,
    `${place('รายงานผล', 6)} · ช่อง “สถานะ”: ค่าที่ไม่อนุญาต`,
    // The progress updates of the two measures left out go with them.
    `${place('รายงานผล', 1)}: ${withMeasure(2)}`,
    `${place('รายงานผล', 4)}: ${withMeasure(5)}`,
  ]);
  // The office, 9 of 11 measures and 7 of 12 updates are new; the sample's
  // kept losing version of its first measure is a conflict.
  await panel.expectCounts(IMPORTED, { added: 1 + 9 + 7, conflict: 1 });
  await axe.expectNoSeriousA11yViolations(page);
  // Nothing is written before the person confirms.
  expect(await databaseSnapshot(page)).toEqual(before);

  await panel.confirm();
  await expect(panel.summary).toContainText('ไม่นำเข้า 7 รายการที่ไม่ถูกต้อง');
  const stored = await databaseSnapshot(page);
  const ids = (rows: unknown[]) =>
    new Set(rows.map((row) => (row as { id: string }).id));
  const storedMeasures = ids(stored.measures);
  const storedUpdates = ids(stored.updates);
  expect(storedMeasures.size).toBe(11 + 9);
  expect(storedUpdates.size).toBe(11 + 7);
  measures.forEach((m, i) =>
    expect(storedMeasures.has(m.id), `measure ${i + 1}`).toBe(
      ![1, 4].includes(i),
    ),
  );
  updates.forEach((u, i) =>
    expect(storedUpdates.has(u.id), `update ${i + 1}`).toBe(
      ![1, 2, 4, 5, 6].includes(i),
    ),
  );

  await new OfficePicker(page).choose(IMPORTED);
  await new AppShell(page).openMeasures();
  const list = new MeasuresPage(page);
  await expect(list.rows).toHaveCount(9);
  await expect(list.row(String(measures[0]!.title))).toHaveCount(1);
  await expect(list.row(String(measures[1]!.title))).toHaveCount(0);
});

test('the same id twice in one file: both are left out', async ({ page }) => {
  const bundle = importable();
  const { measures, updates } = bundle;
  measures.push({ ...measures[3]!, title: 'สำเนาที่ใช้รหัสซ้ำ' });
  const panel = await chooseFile(page, bundleFile('twice.json', bundle));

  const duplicate = measures[3]!.id;
  await expect(panel.invalidItems()).toHaveText([
    `twice.json · มาตรการ ลำดับที่ 4 (id ${duplicate}) · ช่อง “รหัส”: รหัสเดียวกันปรากฏมากกว่าหนึ่งครั้งในไฟล์`,
    `twice.json · มาตรการ ลำดับที่ 12 (id ${duplicate}) · ช่อง “รหัส”: รหัสเดียวกันปรากฏมากกว่าหนึ่งครั้งในไฟล์`,
    `twice.json · รายงานผล ลำดับที่ 4 (id ${updates[3]!.id}): ${withMeasure(4)}`,
  ]);
  await panel.expectCounts(IMPORTED, { added: 1 + 10 + 11, conflict: 1 });
  expect(await databaseSnapshot(page)).toEqual(before);

  await panel.confirm();
  const stored = await databaseSnapshot(page);
  expect(stored.measures).toHaveLength(11 + 10);
  expect(stored.measures).not.toContainEqual(
    expect.objectContaining({ id: duplicate }),
  );
  expect(stored.updates).not.toContainEqual(
    expect.objectContaining({ measureId: duplicate }),
  );
});

test('records that refer to an office or a measure that is nowhere', async ({
  page,
}) => {
  const nowhere = 'ffffffff-0000-4000-8000-0000000000ff';
  const bundle = importable();
  const { measures, updates } = bundle;
  measures[2]!.officeId = nowhere;
  updates[7]!.measureId = nowhere;
  updates[9]!.officeId = nowhere;
  const panel = await chooseFile(page, bundleFile('orphans.json', bundle));

  const place = (list: 'มาตรการ' | 'รายงานผล', i: number) =>
    `orphans.json · ${list} ลำดับที่ ${i + 1} (id ${(list === 'มาตรการ' ? measures : updates)[i]!.id})`;
  await expect(panel.invalidItems()).toHaveText([
    `${place('มาตรการ', 2)} · ช่อง “หน่วยงาน”: อ้างถึงหน่วยงานที่ไม่มีทั้งในไฟล์และในเครื่อง`,
    // Its update belongs to a measure left out, and goes with it.
    `${place('รายงานผล', 2)}: ${withMeasure(3)}`,
    `${place('รายงานผล', 7)} · ช่อง “มาตรการ”: อ้างถึงมาตรการที่ไม่มีทั้งในไฟล์และในเครื่อง`,
    `${place('รายงานผล', 9)} · ช่อง “หน่วยงาน”: อ้างถึงหน่วยงานที่ไม่มีทั้งในไฟล์และในเครื่อง`,
  ]);
  // Only the sample's office is previewed: nothing counts for an office that is nowhere.
  await expect(panel.previewTable.getByRole('rowheader')).toHaveText([
    IMPORTED,
  ]);
  await panel.expectCounts(IMPORTED, { added: 1 + 10 + 9, conflict: 1 });
  expect(await databaseSnapshot(page)).toEqual(before);

  await panel.confirm();
  const stored = await databaseSnapshot(page);
  for (const rows of [stored.measures, stored.updates]) {
    expect(rows).not.toContainEqual(
      expect.objectContaining({ officeId: nowhere }),
    );
  }
  expect(stored.updates).not.toContainEqual(
    expect.objectContaining({ measureId: nowhere }),
  );
  expect(stored.measures).toHaveLength(11 + 10);
  expect(stored.updates).toHaveLength(11 + 9);
});

test('keys such as __proto__ or constructor', async ({ page }) => {
  const bundle = importable();
  const { measures, updates } = bundle;
  delete bundle.sha256;
  // Written by hand: an object literal would set the prototype, not a key.
  let text = JSON.stringify(bundle);
  const poison = (record: object, key: string) => {
    const json = JSON.stringify(record);
    expect(text).toContain(json);
    text = text.replace(
      json,
      json.replace(/^\{/, `{"${key}":{"polluted":true},`),
    );
  };
  poison(measures[1]!, '__proto__');
  poison(updates[3]!, 'constructor');
  const sign = (json: string) =>
    `${json.slice(0, -1)},"sha256":"${checksumOf(JSON.parse(json) as object)}"}`;
  // And one in the envelope, which refuses the whole file.
  const envelope = sign(
    JSON.stringify(bundle).replace(/^\{/, '{"__proto__":{"polluted":true},'),
  );
  const panel = new ExchangePage(page).import;
  await panel.choose(
    jsonFile('poison-envelope.json', envelope),
    jsonFile('poison.json', sign(text)),
  );
  await expect(panel.fileOutcomes).toHaveText([
    'poison-envelope.json: โครงสร้างไฟล์ไม่ถูกต้อง (ส่วน “__proto__”) ไฟล์อาจถูกแก้ไขด้วยมือ กรุณาส่งออกใหม่',
    'poison.json: อ่านได้ 22 รายการ · ส่งจาก Chrome on Windows · ไม่มีลายมือชื่อดิจิทัล',
  ]);

  const place = (list: 'มาตรการ' | 'รายงานผล', i: number) =>
    `poison.json · ${list} ลำดับที่ ${i + 1} (id ${(list === 'มาตรการ' ? measures : updates)[i]!.id})`;
  const forbidden = 'มีช่องชื่อต้องห้าม (อาจเป็นไฟล์ที่ถูกดัดแปลง)';
  await expect(panel.invalidItems()).toHaveText([
    `${place('มาตรการ', 1)} · ช่อง “__proto__”: ${forbidden}`,
    `${place('รายงานผล', 3)} · ช่อง “constructor”: ${forbidden}`,
    `${place('รายงานผล', 1)}: ${withMeasure(2)}`,
  ]);
  expect(await databaseSnapshot(page)).toEqual(before);

  await panel.confirm();
  const stored = await databaseSnapshot(page);
  expect(stored.measures).not.toContainEqual(
    expect.objectContaining({ id: measures[1]!.id }),
  );
  expect(stored.updates).not.toContainEqual(
    expect.objectContaining({ id: updates[3]!.id }),
  );
  expect(JSON.stringify(stored)).not.toContain('polluted');
  expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
});

test('a file over the size limit says what the limit is', async ({ page }) => {
  const panel = new ExchangePage(page).import;
  // 1 GiB, a limit a 4 GB laptop holds (issue 17): one byte over is refused
  // by its size, before a byte is read.
  await panel.dropGeneratedFile('huge.json', 1024 ** 3 + 1);
  await expectFileRefused(
    panel,
    'huge.json',
    'ไฟล์ใหญ่เกินกว่าที่แอปรับได้ (1024 MB) กรุณาส่งออกทีละหน่วยงานหรือทีละปีงบประมาณ',
  );
  await expectNothingChanged(page);
});

test('imported text is only ever text, and links that are not http(s) are never links', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const title = '<img src=x onerror=alert(1)>';
  const result = '<b>ทำแล้ว</b><script>alert(2)</script>';
  const safe = 'https://www.khunkaew.go.th/ita';
  const bundle = importable();
  const [measure] = bundle.measures;
  const [update] = bundle.updates;
  measure!.title = title;
  measure!.evidence = ['javascript:alert(1)', safe];
  update!.result = result;
  update!.evidence = ['javascript:alert(2)'];
  await new ExchangePage(page).import.importFiles(
    bundleFile('html.json', bundle),
  );

  await new OfficePicker(page).choose(IMPORTED);
  await new AppShell(page).openMeasures();
  const list = new MeasuresPage(page);
  await expect(list.row(title)).toHaveCount(1);
  await list.openMeasure(title);
  const details = new MeasurePage(page);
  await expect(details.heading).toHaveText(`1. ${title}`);
  const evidence = details.detail('หลักฐาน/ลิงก์');
  await expect(evidence.getByText('javascript:alert(1)')).toBeVisible();
  await expect(evidence.getByRole('link', { name: safe })).toHaveAttribute(
    'href',
    safe,
  );
  await expect(details.updates.first()).toContainText(result);
  await expect(page.getByText('javascript:alert(2)')).toBeVisible();
  await expect(page.getByRole('link', { name: /javascript:/ })).toHaveCount(0);
  await expect(page.getByRole('img')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"], img')).toHaveCount(0);

  // The conflict the sample carries shows the same text, as text.
  const conflicts = new ConflictsPage(page);
  await conflicts.open();
  await expect(
    conflicts.table.getByRole('link', { name: title }),
  ).toBeVisible();
  await conflicts.openRecord(title);
  await expect(page.getByText(title)).toHaveCount(1);
  await expect(page.locator('img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
