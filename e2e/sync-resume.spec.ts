// A sync killed midway resumes with nothing lost and nothing doubled: the
// tab is closed during a long first pull (2,000 progress updates), the
// stored batches are there on reopening, and the next sync brings the rest
// from the checkpoint: the tables then equal the server's, each update
// once.
import type { Page } from '@playwright/test';

import { bundleFile, sampleBundle, type SampleRecord } from './bundles';
import { databaseSnapshot, journalLines } from './database';
import { expect } from './fixtures';
import { ImportPanel } from './page-models/exchange-page';
import { SetupPage } from './page-models/setup-page';
import { adminFetch, setUpOfficeDatabase, STAFF } from './support/couch';
import { logIn, status, syncNow, test } from './support/sync-page';
import { fixToday } from './today';

const EXTRA_UPDATES = 2_000;

/** The sample's record as CouchDB's document (src/bundle/couch-doc.ts). */
function docOf(kind: string, record: SampleRecord) {
  const { id, rev, revs, ...fields } = record as SampleRecord & {
    rev: string;
    revs: string[];
  };
  return {
    ...fields,
    _id: `${kind}:${id}`,
    _rev: rev,
    _revisions: {
      start: Number(rev.split('-')[0]),
      ids: [rev, ...revs].map((r) => r.slice(r.indexOf('-') + 1)),
    },
  };
}

/** The server's updates, id to rev, read as an admin. */
async function serverUpdates(url: string, database: string) {
  const answer = await adminFetch(
    url,
    `${database}/_all_docs?startkey="updates:"&endkey="updates:\uffff"`,
  );
  const { rows } = (await answer.json()) as {
    rows: { id: string; value: { rev: string } }[];
  };
  return new Map(rows.map((r) => [r.id.slice('updates:'.length), r.value.rev]));
}

async function storedUpdates(page: Page) {
  const { updates } = await databaseSnapshot(page);
  return updates as { id: string; rev: string }[];
}

test('a sync killed midway resumes with nothing lost and nothing doubled', async ({
  newLaptop,
  couch,
}) => {
  // The office's sample, without its conflicts, on the laptop (a file) and
  // on the server with 2,000 more updates (another laptop's year of work).
  const bundle = { ...sampleBundle(), conflicts: [] };
  const [template] = bundle.updates as [SampleRecord];
  const extra = Array.from({ length: EXTRA_UPDATES }, (_, i) => ({
    ...template,
    id: `7b000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    result: `${String(template.result)} (${i})`,
  }));
  const database = await setUpOfficeDatabase(couch.url, bundle.offices[0]!.id);
  const docs = [
    ...bundle.offices.map((r) => docOf('offices', r)),
    ...bundle.measures.map((r) => docOf('measures', r)),
    ...[...bundle.updates, ...extra].map((r) => docOf('updates', r)),
  ];
  const seeded = await adminFetch(couch.url, `${database}/_bulk_docs`, {
    method: 'POST',
    body: JSON.stringify({ docs, new_edits: false }),
  });
  expect(seeded.status).toBe(201);
  const onServer = await serverUpdates(couch.url, database);
  expect(onServer.size).toBe(bundle.updates.length + EXTRA_UPDATES);

  const { page, context } = await newLaptop();
  await new SetupPage(page).goto();
  const imports = new ImportPanel(page);
  await imports.choose(bundleFile('khunkaew.json', bundle));
  await imports.knowWhereFilesCameFrom();
  await imports.confirmButton.click();
  await expect(page).toHaveURL(/\/measures$/);

  // The first pull shows its progress; the tab is closed in the middle,
  // once the next batch's documents have come: while they are written.
  await logIn(page, couch.url, STAFF);
  await expect(status(page)).toContainText(/กำลังดึงข้อมูล [\d,]+ จาก/);
  await page.waitForResponse((r) => r.url().includes('/_bulk_get'));
  await page.close();

  // Reopened with the server out of reach: whole batches are stored, not all.
  await context.route(`${couch.url}/**`, (route) => route.abort());
  const again = await context.newPage();
  await fixToday(again);
  await again.goto('/measures');
  await expect(status(again)).toContainText('ออฟไลน์');
  const cut = (await storedUpdates(again)).length;
  expect(cut).toBeGreaterThan(bundle.updates.length);
  expect(cut).toBeLessThan(onServer.size);

  // Back in reach: the sync resumes and ends with the server's tables.
  await context.unroute(`${couch.url}/**`);
  await syncNow(again);
  const stored = await storedUpdates(again);
  expect(stored.length).toBe(onServer.size);
  expect(new Map(stored.map((u) => [u.id, u.rev]))).toEqual(onServer);
  const journalled = (await journalLines(again)).map((l) => l.kind + l.id);
  expect(journalled).toHaveLength(new Set(journalled).size);
});
