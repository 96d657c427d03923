// Two laptops of one office sync through a real CouchDB-protocol server
// (pouchdb-server, started for the spec): they edit apart, both see the
// conflict, one resolves it, both converge and the server holds no open
// conflict; offline edits go when back online; a wrong password, a
// server that is down and a reader's 403 each say what to do.
import type { Page } from '@playwright/test';

import { expect } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { ConflictsPage } from './page-models/conflicts-page';
import { ExchangePage, ImportPanel } from './page-models/exchange-page';
import { MeasureForm } from './page-models/measure-form';
import { MeasurePage } from './page-models/measure-page';
import { MeasuresPage } from './page-models/measures-page';
import { SetupPage } from './page-models/setup-page';
import {
  READER,
  serverConflicts,
  setUpOfficeDatabase,
  STAFF,
} from './support/couch';
import { logIn, officeIdOf, status, syncNow, test } from './support/sync-page';

const ASSETS = 'มาตรการการใช้ทรัพย์สินของทางราชการ';

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

test('two laptops sync through the server: a conflict seen on both, resolved on one, closed everywhere', async ({
  newLaptop,
  couch,
}) => {
  // Two laptops, an export and five syncs: longer than one screen's test.
  test.setTimeout(120_000);
  const a = await newLaptop();
  const setup = new SetupPage(a.page);
  await setup.goto();
  await setup.loadExample();
  await expect(new MeasuresPage(a.page).rows).toHaveCount(11);
  const database = await setUpOfficeDatabase(
    couch.url,
    await officeIdOf(a.page),
  );

  // A wrong password says so; the right one logs in and pushes.
  const panel = await logIn(a.page, couch.url, { ...STAFF, password: 'wrong' });
  await expect(panel.getByRole('alert')).toHaveText(
    'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง ลองอีกครั้ง',
  );
  await logIn(a.page, couch.url, STAFF);
  await expect(status(a.page)).toContainText('ซิงค์แล้วเมื่อ');

  // B's first run: the office from A's file, then the same login.
  const exchange = new ExchangePage(a.page);
  await exchange.open();
  const bundle = await exchange.exportBundle({ scope: 'office', gzip: true });
  const b = await newLaptop();
  await new SetupPage(b.page).goto();
  const imports = new ImportPanel(b.page);
  await imports.choose(bundle.file);
  await imports.knowWhereFilesCameFrom();
  await imports.confirmButton.click();
  await expect(b.page).toHaveURL(/\/measures$/);
  await logIn(b.page, couch.url, STAFF);
  await expect(status(b.page)).toContainText('ซิงค์แล้วเมื่อ');

  // Apart: each renames the same measure, then both sync.
  await renameMeasure(a.page, ASSETS, `${ASSETS} (ก)`);
  await renameMeasure(b.page, ASSETS, `${ASSETS} (ข)`);
  await expect(status(a.page)).toContainText('รอส่ง');
  await syncNow(a.page);
  await syncNow(b.page);
  await syncNow(a.page);
  for (const { page } of [a, b])
    await expect(ConflictsPage.menuLink(page)).toHaveText('ข้อมูลขัดแย้ง (1)');
  expect(await serverConflicts(couch.url, database)).toHaveLength(1);

  // B resolves; the resolution and the losing side's tombstone go up.
  const conflicts = new ConflictsPage(b.page);
  await conflicts.open();
  const conflict = await conflicts.openRow(0);
  await conflict.keepVersion(2);
  await syncNow(b.page);
  await syncNow(a.page);
  for (const { page } of [a, b])
    await expect(ConflictsPage.menuLink(page)).toBeHidden();
  expect(await serverConflicts(couch.url, database)).toEqual([]);

  // Offline, an edit waits; back online it goes by itself.
  await new AppShell(a.page).openMeasures();
  const [other] = (
    await new MeasuresPage(a.page).titleLinks.allInnerTexts()
  ).filter((title) => !title.startsWith(ASSETS));
  await a.context.setOffline(true);
  await renameMeasure(a.page, other!, `${other} ออฟไลน์`);
  await expect(status(a.page)).toContainText('รอส่ง 1 รายการ');
  await a.context.setOffline(false);
  await expect(status(a.page)).not.toContainText('รอส่ง');
  await syncNow(b.page);
  await new AppShell(b.page).openMeasures();
  await expect(
    b.page.getByRole('link', { name: `${other} ออฟไลน์` }),
  ).toBeVisible();
});

test("a reader's push is refused with 403 and stays pending; a server that is down says so", async ({
  newLaptop,
  couch,
}) => {
  const { page } = await newLaptop();
  const setup = new SetupPage(page);
  await setup.goto();
  await setup.loadExample();
  // A new database: the design document refuses the reader's documents.
  await setUpOfficeDatabase(couch.url, await officeIdOf(page), true);
  await logIn(page, couch.url, READER);
  await expect(status(page)).toContainText(
    'คุณไม่มีสิทธิ์เขียนข้อมูลของหน่วยงานนี้ การแก้ไขยังรอส่งอยู่ในเครื่องนี้',
  );
  await expect(status(page)).toContainText('รอส่ง');

  // The server goes down: the next sync says what happened.
  await couch.stop();
  await status(page).getByRole('button', { name: 'ซิงค์เดี๋ยวนี้' }).click();
  await expect(status(page)).toContainText('ออฟไลน์: จะซิงค์เมื่อกลับมาออนไลน์');
});
