import type { BrowserContext, Page } from '@playwright/test';

import { BUNDLE_VERSION } from '../src/bundle/envelope';
import { isRevChain } from '../src/domain/revision';
import {
  bundleFile,
  checksumOf,
  jsonFile,
  otherOffice,
  sampleBundle,
  type SampleBundle,
} from './bundles';
import { databaseSnapshot } from './database';
import { expect, test as base } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { ConflictPage, ConflictsPage } from './page-models/conflicts-page';
import {
  ExchangePage,
  ImportPanel,
  type BundleFile,
} from './page-models/exchange-page';
import { MeasureForm } from './page-models/measure-form';
import { MeasurePage } from './page-models/measure-page';
import { MeasuresPage } from './page-models/measures-page';
import { OfficePicker } from './page-models/office-picker';
import { OfficesPage } from './page-models/offices-page';
import { SetupPage, TEST_OFFICE, setUpOffice } from './page-models/setup-page';
import { ReportSignOff } from './page-models/sign-off';
import { TODAY, fixToday } from './today';

/** Each laptop is its own browser context: its own IndexedDB, nothing shared. */
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
/** TODAY as the app writes it in file names: Buddhist era, like the year. */
const TODAY_BE = '2568-02-15';
/** The time of export, to the second: two exports of a day never share a name. */
const fileName = (stem: string, ext: string) =>
  new RegExp(
    `^ita-${stem}-${TODAY_BE}-\\d{2}\\.\\d{2}\\.\\d{2}${ext.replaceAll('.', '\\.')}$`,
  );
const ASSETS = 'มาตรการการใช้ทรัพย์สินของทางราชการ';

/** First run with the example: เทศบาลตำบลขุนแก้ว FY2568, 11 measures. */
async function loadExample(page: Page): Promise<void> {
  const setup = new SetupPage(page);
  await setup.goto();
  await setup.loadExample();
  await expect(new MeasuresPage(page).rows).toHaveCount(11);
}

/** First run by importing files instead of setting up an office. */
async function firstRunImport(page: Page, ...files: BundleFile[]) {
  await new SetupPage(page).goto();
  const panel = new ImportPanel(page);
  await panel.choose(...files);
  await expect(panel.confirmHint).toBeVisible();
  await panel.knowWhereFilesCameFrom();
  await panel.confirmButton.click();
  // The app opens the imported office as soon as it is written.
  await expect(page).toHaveURL(/\/measures$/);
  return panel;
}

/** Exports this office's year, as the page offers by default (.json.gz). */
async function exportYear(page: Page) {
  const exchange = new ExchangePage(page);
  await exchange.open();
  return exchange.exportBundle({ scope: 'office-year', gzip: true });
}

/** Imports files on /exchange and confirms; returns the panel for its preview. */
async function importOnExchange(page: Page, ...files: BundleFile[]) {
  const exchange = new ExchangePage(page);
  await exchange.open();
  await exchange.import.importFiles(...files);
  return exchange.import;
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

/** The titles of the year's measures, in order, as the list shows them. */
async function listedTitles(page: Page): Promise<string[]> {
  await new AppShell(page).openMeasures();
  const list = new MeasuresPage(page);
  await expect(list.rows.first()).toBeVisible();
  return list.titleLinks.allInnerTexts();
}

/**
 * The stored records that travel (offices, measures, updates, conflicts);
 * where this device got each version in conflict (`origins`) is its own.
 */
async function storedRecords(page: Page) {
  const { offices, measures, updates, conflicts } =
    await databaseSnapshot(page);
  const travelling = conflicts.map((row) => {
    const { origins: _own, ...rest } = row as { origins?: unknown };
    return rest;
  });
  return { offices, measures, updates, conflicts: travelling };
}

test('two laptops of one office: export, import, edit apart, see the same conflict, resolve it, end identical', async ({
  newLaptop,
}) => {
  const a = await newLaptop();
  const b = await newLaptop();

  await loadExample(a);
  const first = await exportYear(a);
  expect(first.file.name).toMatch(fileName(`${KHUNKAEW}-ปีงบ2568`, '.json.gz'));
  expect(first.file.name).toContain(KHUNKAEW);

  const panel = await firstRunImport(b, first.file);
  await expect(new MeasuresPage(b).heading).toHaveText(
    'มาตรการ ปีงบประมาณ 2568',
  );
  await expect(new MeasuresPage(b).rows).toHaveCount(11);
  await expect(panel.fileInput).toBeHidden();
  expect(await listedTitles(b)).toEqual(await listedTitles(a));

  // Both edit the same measure, each on its own laptop.
  const titleA = `${ASSETS} (แก้ที่เครื่อง ก)`;
  const titleB = `${ASSETS} (แก้ที่เครื่อง ข)`;
  await renameMeasure(a, ASSETS, titleA);
  await renameMeasure(b, ASSETS, titleB);

  // A → B, then B → A: each sees the other's edit as a conflict.
  const fromA = await exportYear(a);
  const intoB = new ExchangePage(b);
  await intoB.open();
  await intoB.import.choose(fromA.file);
  await intoB.import.expectCounts(KHUNKAEW, { unchanged: 22, conflict: 1 });
  await intoB.import.confirm();
  const fromB = await exportYear(b);
  expect(fromB.json.conflicts).toHaveLength(1);
  const intoA = new ExchangePage(a);
  await intoA.open();
  await intoA.import.choose(fromB.file);
  await expect(intoA.import.officeRow(KHUNKAEW)).toBeVisible();
  await intoA.import.confirm();

  // The same winner on both, and the same conflict, on both.
  const titlesA = await listedTitles(a);
  expect(await listedTitles(b)).toEqual(titlesA);
  const winner = titlesA.find((t) => t.startsWith(`${ASSETS} (`));
  expect([titleA, titleB]).toContain(winner);
  const loser = winner === titleA ? titleB : titleA;
  for (const page of [a, b]) {
    await expect(ConflictsPage.menuLink(page)).toHaveText('ข้อมูลขัดแย้ง (1)');
    const conflicts = new ConflictsPage(page);
    await conflicts.open();
    await expect(conflicts.rows).toHaveCount(1);

    // The measures list marks the measure whose other version lost, and
    // links to the conflict.
    await new AppShell(page).openMeasures();
    const list = new MeasuresPage(page);
    await expect(list.conflictBadges).toHaveCount(1);
    await list.conflictBadge(winner!).click();
    const conflict = new ConflictPage(page);
    await expect(conflict.heading).toBeVisible();
    await expect(conflict.versionHeads).toHaveCount(2);
    const title = conflict.field('มาตรการ/แนวทาง');
    await expect(title).toContainText('ต่างกัน');
    await expect(title.getByRole('cell')).toHaveText([
      new RegExp(`${escape(winner!)}$`),
      new RegExp(`${escape(loser)}$`),
    ]);
    // Fields in the form's order and words; the office by name, the year
    // as a year (not "2,568").
    await expect(conflict.fieldNames).toHaveText(
      [
        'มาตรการ/แนวทาง',
        'วิธีการดำเนินการ',
        // The example keeps the list style its steps were published in.
        'รูปแบบรายการขั้นตอนในรายงาน',
        'ระยะเวลาดำเนินการ',
        'ทุกส่วนราชการ',
        'ผู้รับผิดชอบ',
        'ผลที่คาดว่าจะได้รับ',
        'ประเด็นที่ต้องแก้ไขจากผลการประเมิน ITA ปีที่ผ่านมา',
        'หลักฐาน/ลิงก์',
        'หน่วยงาน',
        'ปีงบประมาณ',
        'ลำดับ',
      ].map((label) => new RegExp(`^${escape(label)}`)),
    );
    await expect(conflict.field('หน่วยงาน').getByRole('cell')).toHaveText([
      KHUNKAEW,
      KHUNKAEW,
    ]);
    await expect(conflict.field('ปีงบประมาณ').getByRole('cell')).toHaveText([
      '2568',
      '2568',
    ]);
    // Each version says where it came from: this laptop's own edit, or the
    // file from the other laptop, with when it was exported and imported.
    const own = page === a ? titleA : titleB;
    const file = (page === a ? fromB : fromA).file.name;
    const fromFile = new RegExp(
      `ที่มา: ไฟล์ “${escape(file)}” จาก Chrome บน Linux \\(ส่งออกเมื่อ .+\\) นำเข้าเมื่อ .+`,
    );
    const [first, second] =
      winner === own ? ['ที่มา: เครื่องนี้', fromFile] : [fromFile, 'ที่มา: เครื่องนี้'];
    await expect(conflict.versionHead(1)).toContainText(first);
    await expect(conflict.versionHead(2)).toContainText(second);
  }

  // A resolves by keeping the other version, and the two exchange again.
  await new ConflictsPage(a).open();
  const conflictA = await new ConflictsPage(a).openRecord(winner!);
  await conflictA.keepVersion(2);
  await expect(new ConflictsPage(a).noneMessage).toBeVisible();
  await expect(ConflictsPage.menuLink(a)).toHaveCount(0);

  const resolved = await exportYear(a);
  await intoB.open();
  await intoB.import.choose(resolved.file);
  // The resolution (a child of the shown version) and the other side's
  // tombstone: both update what B holds, and B's conflict closes too.
  expect(resolved.json.conflicts).toEqual([
    {
      kind: 'measures',
      record: expect.objectContaining({ deleted: true, title: loser }),
    },
  ]);
  await intoB.import.expectCounts(KHUNKAEW, { updated: 2, unchanged: 22 });
  await intoB.import.confirm();
  await expect(ConflictsPage.menuLink(b)).toHaveCount(0);

  const back = await exportYear(b);
  expect(back.json.conflicts).toEqual(resolved.json.conflicts);
  await intoA.open();
  await intoA.import.choose(back.file);
  await expect(intoA.import.nothingNew).toBeVisible();
  await expect(intoA.import.confirmButton).toHaveCount(0);

  // Identical data, no conflict left on either side.
  const titles = await listedTitles(a);
  expect(titles).toContain(loser);
  expect(titles).not.toContain(winner);
  expect(await listedTitles(b)).toEqual(titles);
  expect(await new MeasuresPage(b).table.innerText()).toBe(
    await new MeasuresPage(a).table.innerText(),
  );
  for (const page of [a, b])
    await expect(ConflictsPage.menuLink(page)).toHaveCount(0);
  const stored = await storedRecords(a);
  expect(await storedRecords(b)).toEqual(stored);
  // Every stored version's revs is one chain, as CouchDB's `_revisions`.
  const versions = [
    ...stored.offices,
    ...stored.measures,
    ...stored.updates,
    ...stored.conflicts.map((row) => (row as { record: unknown }).record),
  ] as { rev: string; revs: string[] }[];
  for (const { rev, revs } of versions)
    expect(isRevChain(rev, revs)).toBe(true);
  const resolvedMeasure = (
    stored.measures as { title: string; rev: string; revs: string[] }[]
  ).find((m) => m.title === loser)!;
  // A child of the shown edit (generation 2) of the example's measure.
  expect(resolvedMeasure.rev).toMatch(/^3-/);
  expect(resolvedMeasure.revs).toHaveLength(2);

  // Each laptop's file from before the resolution, imported again into the
  // other, brings only ancestors of what both hold: nothing new, no conflict
  // opens, and both still show the chosen content.
  for (const [page, old] of [
    [a, fromB],
    [b, fromA],
  ] as const) {
    const exchange = new ExchangePage(page);
    await exchange.open();
    await exchange.import.choose(old.file);
    await expect(exchange.import.nothingNew).toBeVisible();
    await expect(ConflictsPage.menuLink(page)).toHaveCount(0);
    // No menu link without a conflict: the list by its address.
    const conflicts = new ConflictsPage(page);
    await conflicts.goto();
    await expect(conflicts.noneMessage).toBeVisible();
    await new AppShell(page).openMeasures();
    const list = new MeasuresPage(page);
    await expect(list.row(loser)).toHaveCount(1);
    await expect(list.row(winner!)).toHaveCount(0);
    await expect(list.conflictBadges).toHaveCount(0);
  }
});

test('importing the same file twice: the second time there is nothing new to write', async ({
  page,
  axe,
}) => {
  await fixToday(page);
  const sample = sampleBundle();
  const file = bundleFile('khunkaew-2568.json', sample);

  await firstRunImport(page, file);
  await expect(new MeasuresPage(page).rows).toHaveCount(11);
  const before = await databaseSnapshot(page);

  const exchange = new ExchangePage(page);
  await exchange.open();
  await exchange.import.choose(file);
  // 1 office, 11 measures, 12 updates, and the losing version it carries.
  await exchange.import.expectCounts(KHUNKAEW, { unchanged: 25 });
  await expect(exchange.import.nothingNew).toBeVisible();
  await expect(exchange.import.confirmButton).toHaveCount(0);
  await axe.expectNoSeriousA11yViolations(page);
  await exchange.import.cancelButton.click();

  // With a file that is refused beside it, "nothing new" is said of the
  // file that was read only.
  await exchange.import.choose(file, jsonFile('notes.json', 'บันทึก'));
  await expect(exchange.import.readNothingNew).toBeVisible();
  await expect(exchange.import.nothingNew).toHaveCount(0);
  await expect(exchange.import.confirmButton).toHaveCount(0);
  await exchange.import.cancelButton.click();
  await expect(exchange.import.fileInput).toBeVisible();
  expect(await databaseSnapshot(page)).toEqual(before);
});

test('a first-run import previews what the sample brings, conflict included, the file picked twice listed once', async ({
  page,
}) => {
  await fixToday(page);
  await new SetupPage(page).goto();
  const panel = new ImportPanel(page);
  const file = bundleFile('khunkaew-2568.json', sampleBundle());
  // Picked twice (from two folders, say): listed and counted once.
  await panel.fileInput.setInputFiles([file, file]);
  await expect(panel.fileOutcomes).toHaveText([
    'khunkaew-2568.json: อ่านได้ 24 รายการ · ส่งจาก Chrome on Windows · ไม่มีลายมือชื่อดิจิทัล',
  ]);
  // The panel is below the office form: the preview is brought into view.
  await expect(panel.previewHeading).toBeFocused();
  await expect(panel.previewHeading).toBeInViewport();
  // 24 records are new; the losing version the file carries is a conflict.
  await panel.expectCounts(KHUNKAEW, { added: 24, conflict: 1 });
  await panel.knowWhereFilesCameFrom();
  await panel.confirmButton.click();
  await expect(page).toHaveURL(/\/measures$/);
  await expect(new MeasuresPage(page).heading).toHaveText(
    'มาตรการ ปีงบประมาณ 2568',
  );
  await expect(new MeasuresPage(page).rows).toHaveCount(11);
  await expect(ConflictsPage.menuLink(page)).toHaveText('ข้อมูลขัดแย้ง (1)');
});

test('export scopes: this year of the office, every year of the office, or the whole database', async ({
  page,
}) => {
  await fixToday(page);
  await loadExample(page);
  // Another year of the same office…
  const shell = new AppShell(page);
  await shell.fiscalYear.selectOption('2569');
  const nextYear = 'มาตรการสำหรับปีงบประมาณถัดไป';
  await new MeasureForm(page).create({ title: nextYear, units: 'all' });
  await shell.fiscalYear.selectOption('2568');
  // …and another office, from a file.
  const other = 'เทศบาลตำบลนำเข้าทดสอบ';
  await importOnExchange(
    page,
    bundleFile('other.json', otherOffice(other, 'aaaaaaaa')),
  );
  await expect(new OfficePicker(page).input).toHaveValue(KHUNKAEW);

  const exchange = new ExchangePage(page);
  const year = await exchange.exportBundle({
    scope: 'office-year',
    gzip: true,
  });
  expect(year.file.name).toMatch(fileName(`${KHUNKAEW}-ปีงบ2568`, '.json.gz'));
  expect(year.json.type).toBe('ita-tracker/bundle');
  expect(year.json.version).toBe(BUNDLE_VERSION);
  const khunkaew = year.json.offices[0]!.id;
  expect(year.json.scope).toEqual({ offices: [khunkaew], fiscalYears: [2568] });
  expect(year.json.offices.map((o) => o.name)).toEqual([KHUNKAEW]);
  expect(year.json.measures).toHaveLength(11);
  expect(
    year.json.measures.every(
      (m) => m.officeId === khunkaew && m.fiscalYear === 2568,
    ),
  ).toBe(true);
  expect(year.json.updates).toHaveLength(11);
  expect(year.json.sha256).toBe(checksumOf(year.json));

  const office = await exchange.exportBundle({ scope: 'office', gzip: false });
  expect(office.file.name).toMatch(fileName(`${KHUNKAEW}-ทุกปีงบ`, '.json'));
  expect(office.json.scope).toEqual({ offices: [khunkaew], fiscalYears: [] });
  expect(office.json.offices.map((o) => o.name)).toEqual([KHUNKAEW]);
  expect(office.json.measures).toHaveLength(12);
  expect(new Set(office.json.measures.map((m) => m.fiscalYear))).toEqual(
    new Set([2568, 2569]),
  );
  expect(office.json.measures.map((m) => m.title)).toContain(nextYear);
  expect(office.json.updates).toHaveLength(11);
  expect(office.json.sha256).toBe(checksumOf(office.json));

  const all = await exchange.exportBundle({ scope: 'all', gzip: true });
  expect(all.file.name).toMatch(fileName('ทุกหน่วยงาน-ทุกปีงบ', '.json.gz'));
  expect(new Set(all.json.scope.offices)).toEqual(
    new Set([khunkaew, all.json.offices.find((o) => o.name === other)!.id]),
  );
  expect(all.json.scope.fiscalYears).toEqual([]);
  expect(all.json.offices.map((o) => o.name).sort()).toEqual(
    [KHUNKAEW, other].sort(),
  );
  expect(all.json.measures).toHaveLength(12 + 11);
  expect(all.json.updates).toHaveLength(11 + 12);
  // The other office's kept conflict travels with it.
  expect(all.json.conflicts).toHaveLength(1);
  expect(all.json.sha256).toBe(checksumOf(all.json));
});

test('a deletion travels: a measure deleted on one laptop is gone on the other after the exchange', async ({
  newLaptop,
}) => {
  const a = await newLaptop();
  const b = await newLaptop();
  await loadExample(a);
  await firstRunImport(b, (await exportYear(a)).file);
  await expect(new MeasuresPage(b).rows).toHaveCount(11);

  await new AppShell(a).openMeasures();
  await new MeasuresPage(a).openMeasure(ASSETS);
  const details = new MeasurePage(a);
  await details.deleteButton.click();
  await details.dialogButton(details.deleteDialog, 'ลบ').click();
  await expect(new MeasuresPage(a).rows).toHaveCount(10);

  const deletion = await exportYear(a);
  // The measure and its progress update travel as tombstones.
  const tombstone = deletion.json.measures.find((m) => m.title === ASSETS);
  expect(tombstone?.deleted).toBe(true);
  expect(
    deletion.json.updates.filter((u) => u.measureId === tombstone?.id),
  ).toEqual([expect.objectContaining({ deleted: true })]);
  const intoB = new ExchangePage(b);
  await intoB.open();
  await intoB.import.choose(deletion.file);
  await intoB.import.expectCounts(KHUNKAEW, { updated: 2, unchanged: 21 });
  await intoB.import.confirm();

  const titles = await listedTitles(b);
  expect(titles).toHaveLength(10);
  expect(titles).not.toContain(ASSETS);
  expect(titles).toEqual(await listedTitles(a));
});

test('many offices: a consolidator imports two offices, sees both on ทุกหน่วยงาน and switches between them', async ({
  newLaptop,
  axe,
}) => {
  const a = await newLaptop();
  const c = await newLaptop();
  const consolidator = await newLaptop();

  await loadExample(a);
  const fromA = await exportYear(a);
  await setUpOffice(c);
  const own = 'มาตรการของเทศบาลตำบลทดสอบ';
  await new MeasureForm(c).create({ title: own, units: 'all' });
  const fromC = await exportYear(c);
  expect(fromC.file.name).toMatch(
    fileName(`${TEST_OFFICE.name}-ปีงบ2568`, '.json.gz'),
  );

  await firstRunImport(consolidator, fromA.file, fromC.file);
  const picker = new OfficePicker(consolidator);
  await expect(picker.input).toHaveValue(KHUNKAEW);
  await expect(new MeasuresPage(consolidator).rows).toHaveCount(11);

  const offices = new OfficesPage(consolidator);
  await offices.open();
  await expect(offices.rows).toHaveCount(2);
  await expect(offices.cell(KHUNKAEW, 'measures')).toHaveText('11');
  await expect(offices.cell(KHUNKAEW, 'updates')).toHaveText('11');
  await expect(offices.cell(KHUNKAEW, 'years')).toHaveText('2568');
  await expect(offices.cell(TEST_OFFICE.name, 'measures')).toHaveText('1');
  await expect(offices.cell(TEST_OFFICE.name, 'updates')).toHaveText('0');
  await expect(offices.cell(TEST_OFFICE.name, 'place')).toHaveText(
    `${TEST_OFFICE.district} / ${TEST_OFFICE.province}`,
  );
  for (const name of [KHUNKAEW, TEST_OFFICE.name]) {
    await expect(offices.cell(name, 'lastImport')).not.toHaveText('—');
    await expect(offices.cell(name, 'conflicts')).toHaveText('0');
  }
  await axe.expectNoSeriousA11yViolations(consolidator);

  // The picker in the header: part of the name, then the keyboard…
  await picker.input.fill('ทดสอบ');
  await expect(picker.names()).toHaveText([TEST_OFFICE.name]);
  await picker.input.press('Enter');
  await new AppShell(consolidator).openMeasures();
  await expect(picker.input).toHaveValue(TEST_OFFICE.name);
  await new MeasuresPage(consolidator).expectTitles([own]);
  // …and the office's button on ทุกหน่วยงาน.
  await offices.open();
  await offices.openButton(KHUNKAEW).click();
  await expect(consolidator).toHaveURL(/\/measures$/);
  await expect(picker.input).toHaveValue(KHUNKAEW);
  await expect(new MeasuresPage(consolidator).rows).toHaveCount(11);
});

test('export reminder: after 8 days of unexported changes a banner asks for an export, and an export ends it', async ({
  page,
}) => {
  const day = 24 * 60 * 60 * 1000;
  await fixToday(page);
  await loadExample(page);
  const exchange = new ExchangePage(page);
  await exchange.open();
  await exchange.exportBundle();
  await renameMeasure(page, ASSETS, `${ASSETS} (แก้ไข)`);

  const reminder = page
    .getByRole('status')
    .filter({ hasText: 'ยังไม่ได้ส่งออกมาแล้ว' });
  await page.clock.setFixedTime(new Date(TODAY.getTime() + 6 * day));
  await page.reload();
  await expect(new MeasurePage(page).heading).toContainText('(แก้ไข)');
  await expect(reminder).toHaveCount(0);

  await page.clock.setFixedTime(new Date(TODAY.getTime() + 8 * day));
  await page.reload();
  await expect(reminder).toContainText(
    'ข้อมูลมีการเปลี่ยนแปลงและยังไม่ได้ส่งออกมาแล้ว 8 วัน ควรส่งออกสำรองไว้',
  );
  await reminder.getByRole('link', { name: 'ส่งออกตอนนี้' }).click();
  await expect(exchange.heading).toBeVisible();
  const file = await exchange.exportBundle();
  // The file is named by the day of export: 23 Feb 2025 = 2568-02-23 BE.
  expect(file.file.name).toMatch(/-2568-02-23-\d{2}\.\d{2}\.\d{2}\.json/);
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(exchange.heading).toBeVisible();
  await expect(reminder).toHaveCount(0);
});

test('accessibility of the conflicts list, a conflict, the measures list marking it and the offices page', async ({
  page,
  axe,
}) => {
  await fixToday(page);
  await firstRunImport(
    page,
    bundleFile('khunkaew.json', sampleBundle()),
    bundleFile('other.json', otherOffice('เทศบาลตำบลนำเข้าทดสอบ', 'bbbbbbbb')),
  );
  const conflicts = new ConflictsPage(page);
  await conflicts.open();
  await expect(conflicts.rows).toHaveCount(2);
  await axe.expectNoSeriousA11yViolations(page);
  const conflict = await conflicts.openRow(0);
  await expect(conflict.versionHeads).toHaveCount(2);
  await expect(conflict.field('ผลที่คาดว่าจะได้รับ')).toContainText('ต่างกัน');
  await axe.expectNoSeriousA11yViolations(page);
  // The measures list with its conflict mark.
  await new AppShell(page).openMeasures();
  await expect(new MeasuresPage(page).conflictBadges).toHaveCount(1);
  await axe.expectNoSeriousA11yViolations(page);
  const offices = new OfficesPage(page);
  await offices.open();
  await expect(offices.rows).toHaveCount(2);
  await axe.expectNoSeriousA11yViolations(page);
});

test('an office conflict: a field only the other version has is shown, and kept when that version is chosen', async ({
  page,
}) => {
  await fixToday(page);
  const bundle = sampleBundle();
  // ITA results came with version 2 of the format.
  bundle.version = 2;
  bundle.conflicts = [];
  const [office] = bundle.offices;
  const parent = String(office!.rev);
  // Edited apart: one laptop changed the website, the other entered ITA results.
  const winner = {
    ...office!,
    website: 'https://www.khunkaew.go.th',
    rev: `2-${'f'.repeat(32)}`,
    revs: [parent],
  };
  const results = [{ fiscalYear: 2567, score: 85.5, level: 'A' }];
  const loser = {
    ...office!,
    itaResults: results,
    rev: `2-${'0'.repeat(32)}`,
    revs: [parent],
  };
  bundle.offices = [winner];
  bundle.conflicts = [{ kind: 'offices', record: loser }];
  await firstRunImport(page, bundleFile('office-conflict.json', bundle));
  await expect(ConflictsPage.menuLink(page)).toHaveText('ข้อมูลขัดแย้ง (1)');

  const conflicts = new ConflictsPage(page);
  await conflicts.open();
  const conflict = await conflicts.openRecord(KHUNKAEW);
  const ita = conflict.field('ผลการประเมิน ITA ย้อนหลัง');
  await expect(ita).toContainText('ต่างกัน');
  await expect(ita.getByRole('cell')).toHaveText([
    /ไม่มี$/,
    /2567: 85\.5 \(A\)$/,
  ]);
  await conflict.keepVersion(2);
  await expect(ConflictsPage.menuLink(page)).toHaveCount(0);

  const { offices } = await databaseSnapshot(page);
  expect(offices).toEqual([
    expect.objectContaining({
      itaResults: results,
      website: String(office!.website),
    }),
  ]);
});

test('an edit and a deletion made apart: the edit is kept, as CouchDB keeps it, and the deletion travels on without asking', async ({
  page,
}) => {
  await fixToday(page);
  const bundle = sampleBundle();
  bundle.conflicts = [];
  // One laptop edited the third measure, the other deleted it: each a
  // child of its first version (generation 1), so one chain each.
  const measure = bundle.measures[2]!;
  const title = String(measure.title);
  const parent = { rev: String(measure.rev), revs: measure.revs as string[] };
  expect(parent).toEqual({ rev: expect.stringMatching(/^1-/), revs: [] });
  const edited = `${title} (แก้ไข)`;
  bundle.measures[2] = {
    ...measure,
    title: edited,
    rev: `2-${'e'.repeat(32)}`,
    revs: [parent.rev],
  };
  const deletion = {
    ...measure,
    deleted: true,
    rev: `2-${'d'.repeat(32)}`,
    revs: [parent.rev],
  };
  bundle.conflicts = [{ kind: 'measures', record: deletion }];
  await firstRunImport(page, bundleFile('edit-and-delete.json', bundle));
  // A live version beats a deletion, and a deleted leaf is no conflict.
  const list = new MeasuresPage(page);
  await expect(list.rows).toHaveCount(11);
  await expect(list.row(edited)).toHaveCount(1);
  await expect(list.conflictBadges).toHaveCount(0);
  await expect(ConflictsPage.menuLink(page)).toHaveCount(0);
  const conflicts = new ConflictsPage(page);
  await conflicts.goto();
  await expect(conflicts.noneMessage).toBeVisible();
  // The deletion is kept as a leaf and exported, so every device ends alike.
  const { conflicts: rows } = await databaseSnapshot(page);
  expect(rows).toEqual([
    expect.objectContaining({ rev: deletion.rev, record: deletion }),
  ]);
  const exported = await exportYear(page);
  expect(exported.json.conflicts).toEqual([
    { kind: 'measures', record: deletion },
  ]);
});

test('a conflict resolved field by field: the title of one version, the outcome of the other', async ({
  page,
}) => {
  await fixToday(page);
  const bundle = sampleBundle();
  // The sample keeps a losing version of its first measure, with another
  // expected outcome; give it another title too.
  const [measure] = bundle.measures;
  const loser = bundle.conflicts[0]!.record;
  const otherTitle = `${String(measure!.title)} (ฉบับที่สอง)`;
  loser.title = otherTitle;
  await firstRunImport(page, bundleFile('sample.json', bundle));

  const conflicts = new ConflictsPage(page);
  await conflicts.open();
  const conflict = await conflicts.openRecord(String(measure!.title));
  for (const field of ['มาตรการ/แนวทาง', 'ผลที่คาดว่าจะได้รับ'])
    await expect(conflict.field(field)).toContainText('ต่างกัน');
  await expect(conflict.field('วิธีการดำเนินการ')).not.toContainText('ต่างกัน');
  await expect(conflict.pick('มาตรการ/แนวทาง', 1)).toBeChecked();
  await conflict.pick('มาตรการ/แนวทาง', 2).check();
  await conflict.saveButton.click();
  await expect(conflicts.noneMessage).toBeVisible();
  await expect(ConflictsPage.menuLink(page)).toHaveCount(0);

  await new AppShell(page).openMeasures();
  await new MeasuresPage(page).openMeasure(otherTitle);
  const details = new MeasurePage(page);
  await expect(details.heading).toHaveText(`1. ${otherTitle}`);
  await expect(details.detail('ผลที่คาดว่าจะได้รับ')).toHaveText(
    String(measure!.expectedOutcome),
  );
});

test('a consolidator gets the same data whatever the order of the files, twice over', async ({
  newLaptop,
}) => {
  // Three files about one office: the sample; the sample with its second
  // measure edited on one laptop; and with that measure edited otherwise and
  // its fifth measure deleted on another.
  const edit = (
    bundle: SampleBundle,
    i: number,
    changes: object,
    hash: string,
  ) => {
    const measure = bundle.measures[i]!;
    // A child of the measure's version: one generation up, one chain.
    const generation = Number(String(measure.rev).split('-')[0]) + 1;
    bundle.measures[i] = {
      ...measure,
      ...changes,
      rev: `${generation}-${hash.repeat(32)}`,
      revs: [String(measure.rev), ...(measure.revs as string[])],
    };
  };
  const second = String(sampleBundle().measures[1]!.title);
  const fifth = String(sampleBundle().measures[4]!.title);
  const editedA = sampleBundle();
  edit(editedA, 1, { title: `${second} (แก้ที่เครื่อง ก)` }, 'a');
  const editedB = sampleBundle();
  edit(editedB, 1, { title: `${second} (แก้ที่เครื่อง ข)` }, 'b');
  edit(editedB, 4, { deleted: true }, 'c');
  const files = [
    bundleFile('1-sample.json', sampleBundle()),
    bundleFile('2-edited-a.json', editedA),
    bundleFile('3-edited-b-deleted.json', editedB),
  ] as const;

  // One consolidator drops all three at once, then all three again.
  const x = await newLaptop();
  await firstRunImport(x, ...files);
  const again = new ExchangePage(x);
  await again.open();
  await again.import.choose(...files);
  await expect(again.import.nothingNew).toBeVisible();

  // Another takes them one by one, in the opposite order.
  const y = await newLaptop();
  await firstRunImport(y, files[2]);
  await importOnExchange(y, files[1]);
  const last = new ExchangePage(y);
  await last.open();
  await last.import.choose(files[0]);
  await expect(last.import.nothingNew).toBeVisible();

  const titles = await listedTitles(x);
  expect(titles).toHaveLength(10);
  expect(titles).not.toContain(fifth);
  expect(await listedTitles(y)).toEqual(titles);
  for (const page of [x, y])
    await expect(ConflictsPage.menuLink(page)).toHaveText('ข้อมูลขัดแย้ง (2)');
  expect(await storedRecords(y)).toEqual(await storedRecords(x));
});

test('a due date and a report cell edited apart on two laptops: the conflicts list names both, the due date under no office', async ({
  newLaptop,
}) => {
  const a = await newLaptop();
  const b = await newLaptop();
  await loadExample(a);
  await firstRunImport(b, (await exportYear(a)).file);
  for (const [page, due, text] of [
    [a, '20/4/2568', 'ผลที่เครื่อง ก'],
    [b, '25/4/2568', 'ผลที่เครื่อง ข'],
  ] as const) {
    await new AppShell(page).openSettings();
    const deadlines = page.getByRole('region', { name: 'กำหนดส่งรายงาน' });
    await deadlines
      .getByRole('textbox', { name: 'วันครบกำหนดส่งรายงานรอบ 6 เดือน' })
      .fill(due);
    await deadlines.getByRole('button', { name: 'บันทึกกำหนดส่ง' }).click();
    await expect(deadlines.getByRole('status')).toHaveText('บันทึกกำหนดส่งแล้ว');
    await new AppShell(page).navigation
      .getByRole('link', { name: 'รายงาน', exact: true })
      .click();
    const signOff = new ReportSignOff(page);
    await signOff.editButton.click();
    const cell = signOff.cell('ผลการดำเนินการตามมาตรการ/กิจกรรม', 1);
    await cell.fill(text);
    await cell.press('Tab');
    await expect(signOff.editor.getByRole('status')).toHaveText(
      'แก้ไขข้อความแล้ว 1 ช่อง',
    );
  }
  await importOnExchange(b, (await exportYear(a)).file);

  await expect(ConflictsPage.menuLink(b)).toHaveText('ข้อมูลขัดแย้ง (2)');
  const conflicts = new ConflictsPage(b);
  await conflicts.open();
  await expect(conflicts.rows).toHaveCount(2);
  // Office, kind, record: the due date belongs to every office.
  const row = (office: string, kind: string, label: string) =>
    conflicts.rows
      .filter({ has: b.getByRole('cell', { name: office, exact: true }) })
      .filter({ has: b.getByRole('cell', { name: kind, exact: true }) })
      .filter({ has: b.getByRole('link', { name: label, exact: true }) });
  await expect(
    row(
      'กำหนดส่งรายงาน (ของทุกหน่วยงาน)',
      'กำหนดส่งรายงาน',
      'กำหนดส่งรายงานรอบ 6 เดือน ปีงบประมาณ 2568',
    ),
  ).toHaveCount(1);
  await expect(
    row(
      KHUNKAEW,
      'ข้อความรายงานประจำรอบ',
      'ข้อความรายงานรอบ 12 เดือน ปีงบประมาณ 2568',
    ),
  ).toHaveCount(1);
  const conflict = await conflicts.openRecord(
    'ข้อความรายงานรอบ 12 เดือน ปีงบประมาณ 2568',
  );
  await expect(conflict.field('ข้อความที่แก้ไข').getByRole('cell')).toHaveText([
    /ผลที่เครื่อง (ก|ข)$/,
    /ผลที่เครื่อง (ก|ข)$/,
  ]);
  await expect(conflict.field('ข้อความที่แก้ไข')).toContainText(
    'ผลการดำเนินการตามมาตรการ/กิจกรรม: ผลที่เครื่อง ก',
  );
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
