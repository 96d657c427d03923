// Files made to hurt (issue 17): a file just inside each limit imports, one
// just outside is refused with its own message; one bad value leaves out
// its record only, never with the forms' message; a measure an import gave
// thousands of updates opens at once, its list a page at a time.
import { gzipSync } from 'node:zlib';

import type { Page } from '@playwright/test';

import { bundleChecksum } from '../src/bundle/checksum';
import { METHODS_MAX, TEXT_MAX } from '../src/domain/limits';
import {
  bundleFile,
  jsonFile,
  otherOffice,
  signed,
  type SampleBundle,
  type SampleRecord,
} from './bundles';
import { databaseSnapshot } from './database';
import { expect, test } from './fixtures';
import { ExchangePage, ImportPanel } from './page-models/exchange-page';
import { MeasurePage } from './page-models/measure-page';
import { OfficePicker } from './page-models/office-picker';
import { SetupPage } from './page-models/setup-page';
import { fixToday } from './today';

const OFFICE = 'เทศบาลตำบลไฟล์แปลก';
/** The forms' message, which says nothing true on the import page. */
const FORMS_MESSAGE = 'ข้อความที่พิมพ์ยังอยู่ในแบบฟอร์ม';

function bundle(): SampleBundle {
  return otherOffice(OFFICE, 'dddddddd');
}

async function start(page: Page): Promise<ImportPanel> {
  await fixToday(page);
  await new SetupPage(page).goto();
  return new ImportPanel(page);
}

test('just inside each limit imports; just outside is refused, each with its own message', async ({
  page,
}) => {
  const panel = await start(page);
  const b = bundle();
  const [m0, m1, m2, m3] = b.measures as [
    SampleRecord,
    SampleRecord,
    SampleRecord,
    SampleRecord,
  ];
  m0.weakness = 'ก'.repeat(TEXT_MAX);
  m1.weakness = 'ก'.repeat(TEXT_MAX + 1);
  m2.methods = Array.from({ length: METHODS_MAX }, (_, i) => `ขั้นที่ ${i}`);
  m3.methods = Array.from({ length: METHODS_MAX + 1 }, (_, i) => `ขั้น ${i}`);
  // And a number JSON reads as Infinity, with the app's own checksum.
  const update = (b.updates as SampleRecord[])[0]!;
  const parsed = structuredClone(b) as SampleBundle;
  parsed.updates[0]!.percent = Number.POSITIVE_INFINITY;
  const sha = bundleChecksum(parsed);
  const withInfinity = JSON.stringify({ ...parsed, sha256: sha }).replace(
    `"percent":null`,
    '"percent":1e309',
  );
  expect(withInfinity).toContain('1e309');

  // A gzip bomb: a valid bundle padded with 80 MB of white space.
  const padded = JSON.stringify(signed(bundle())).replace(
    /}$/,
    `${' '.repeat(80 * 1024 * 1024)}}`,
  );
  await panel.choose(jsonFile('limits.json', withInfinity), {
    name: 'bomb.json.gz',
    mimeType: 'application/gzip',
    buffer: gzipSync(padded),
  });

  await expect(panel.fileOutcomes).toHaveText([
    /^limits\.json: อ่านได้/,
    'bomb.json.gz: ไฟล์บีบอัดนี้ขยายตัวมากผิดปกติ (เกิน 100 เท่าของขนาดไฟล์) จึงไม่ใช่ไฟล์ข้อมูลที่ส่งออกจาก ITA Tracker และไม่ได้อ่านต่อ กรุณาขอไฟล์ใหม่จากต้นทาง',
  ]);
  const place = (list: string, i: number, id: string) =>
    `limits.json · ${list} ลำดับที่ ${i + 1} (id ${id})`;
  // The updates of the measures left out go with them (listed after).
  for (const item of [
    `${place('มาตรการ', 1, m1.id)} · ช่อง “ประเด็นที่ต้องแก้ไขจากผลการประเมิน ITA ปีที่ผ่านมา”: ค่าเกินขอบเขตหรือยาวเกินไป`,
    `${place('มาตรการ', 3, m3.id)} · ช่อง “วิธีการดำเนินการ”: ค่าเกินขอบเขตหรือยาวเกินไป`,
    `${place('รายงานผล', 0, update.id)} · ช่อง “ความคืบหน้า (ร้อยละ)”: ตัวเลขใหญ่เกินกว่าที่อ่านได้ (เช่น 1e309)`,
  ])
    await expect(
      panel.invalidItems().filter({ hasText: item }),
      item,
    ).toHaveCount(1);
  await expect(page.getByText(FORMS_MESSAGE)).toHaveCount(0);

  // From the first-run page an import goes on to the measures.
  await panel.knowWhereFilesCameFrom();
  await panel.confirmButton.click();
  await expect(page).toHaveURL(/\/measures$/);
  const stored = await databaseSnapshot(page);
  const ids = new Set(stored.measures.map((m) => (m as { id: string }).id));
  expect([m0, m1, m2, m3].map((m) => ids.has(m.id))).toEqual([
    true,
    false,
    true,
    false,
  ]);
  await expect(page.getByText(FORMS_MESSAGE)).toHaveCount(0);
});

test('a measure given 2,000 updates by an import opens at once, its updates a page at a time', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const panel = await start(page);
  const b = bundle();
  const measure = (b.measures as SampleRecord[])[0]!;
  const [template] = b.updates as [SampleRecord];
  const long = 'ผลการดำเนินการที่ยาวมาก '.repeat(80);
  for (let i = 0; i < 2_000; i++)
    b.updates.push({
      ...template,
      id: `dddddddd-0000-4000-8000-9${String(i).padStart(11, '0')}`,
      measureId: measure.id,
      result: `${long}${i}`,
    });
  await panel.choose(jsonFile('many.json', JSON.stringify(signed(b))));
  await panel.knowWhereFilesCameFrom();
  await panel.confirmButton.click();
  await expect(page).toHaveURL(/\/measures$/, { timeout: 60_000 });

  await page.goto(`/measures/${measure.id}`);
  const view = new MeasurePage(page);
  await expect(view.updates).toHaveCount(20);
  const total = (b.updates as SampleRecord[]).filter(
    (u) => u.measureId === measure.id && !u.deleted,
  ).length;
  await expect(view.updatesSection.getByRole('status')).toHaveText(
    `แสดง 20 จาก ${total.toLocaleString('th-TH')} รายการ`,
  );
  const more = view.updatesSection.getByRole('button', {
    name: 'แสดงเพิ่มอีก 20 รายการ',
  });
  await more.click();
  await expect(view.updates).toHaveCount(40);
  await expect(more).toBeFocused();
});

test('an office named like another with hidden characters is told apart in the preview and the switcher', async ({
  page,
}) => {
  await fixToday(page);
  const setup = new SetupPage(page);
  await setup.goto();
  await setup.loadExample();
  await new ExchangePage(page).open();
  const real = 'เทศบาลตำบลขุนแก้ว';
  const panel = new ExchangePage(page).import;
  await panel.choose(
    bundleFile('fake.json', otherOffice(`${real}\u200b`, 'eeeeeeee')),
    bundleFile('turned.json', otherOffice('เทศบาล\u202eวยาห', 'ffffffff')),
  );
  // Without the marks, both rows would read like the real office's name.
  await expect(panel.previewTable.getByRole('rowheader')).toHaveText([
    `${real}⟦U+200B⟧`,
    'เทศบาล⟦U+202E⟧วยาห',
  ]);
  await panel.confirm();

  const picker = new OfficePicker(page);
  await picker.input.click();
  await picker.input.fill('ขุนแก้ว');
  await expect(picker.names()).toHaveText([real, `${real}⟦U+200B⟧`]);
});
