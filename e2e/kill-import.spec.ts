// A killed browser never leaves half an import (issue 17, item 7): the
// browser process is killed (SIGKILL, no chance to clean up) at a random
// point of a large import's write, several times over; each time the
// database, opened again from the same profile, holds the import entirely
// or not at all, and the app opens normally. The write is one transaction
// (docs/decisions.md "A large import is still ONE transaction").
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium, type BrowserContext } from '@playwright/test';

import { otherOffice, signed, type SampleRecord } from './bundles';
import { chromiumLaunchOptions } from './chromium';
import { expect, test } from './fixtures';
import { ImportPanel } from './page-models/exchange-page';
import { MeasuresPage } from './page-models/measures-page';
import { SetupPage } from './page-models/setup-page';
import { fixToday } from './today';

const OFFICE = 'เทศบาลตำบลนำเข้าแล้วถูกปิด';
const EXTRA_UPDATES = 8_000;
/** As many kills as fit in about a minute on two busy cores. */
const RUNS = Number(process.env.KILL_RUNS ?? 3);

/** A large bundle of an office of its own for each run: `9999999<run>…` ids. */
function largeBundle(run: number) {
  const prefix = prefixOf(run);
  const bundle = otherOffice(`${OFFICE} ${run}`, prefix);
  const [template] = bundle.updates as [SampleRecord];
  for (let i = 0; i < EXTRA_UPDATES; i++)
    bundle.updates.push({
      ...template,
      id: `${prefix}-0000-4000-8000-7${String(i).padStart(11, '0')}`,
      result: `${String(template.result)} (${i})`,
    });
  return signed(bundle);
}

const prefixOf = (run: number) => `9999999${run}`;

/**
 * The browser process of this profile, found by its own user-data
 * directory (a fresh temporary one, so only the browser this test started
 * has it): the process without `--type=`, the renderers' parent.
 */
function browserPid(profile: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    const ours = args.some((a) => a === `--user-data-dir=${profile}`);
    if (ours && !args.some((a) => a.startsWith('--type='))) return +entry;
  }
  throw new Error(`No browser for ${profile}`);
}

async function launch(profile: string, baseURL: string) {
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions(),
    baseURL,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await fixToday(page);
  return { context, page };
}

/**
 * What the database holds of one run's office, and of the rest: counted in
 * the page, straight from IndexedDB (a full snapshot of tens of thousands
 * of rows would take seconds to hand over).
 */
async function countsOf(context: BrowserContext, run: number) {
  const page = context.pages()[0] ?? (await context.newPage());
  return page.evaluate(
    async ({ prefix, file }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('ita-tracker');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open'));
      });
      const all = (table: string) =>
        new Promise<unknown[]>((resolve, reject) => {
          const request = db
            .transaction(table, 'readonly')
            .objectStore(table)
            .getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error ?? new Error(table));
        });
      const [offices, measures, groups, imports] = await Promise.all(
        ['offices', 'measures', 'updateGroups', 'imports'].map(all),
      );
      db.close();
      const mine = (row: unknown) => {
        const { officeId, id } = row as { officeId?: string; id: string };
        return (officeId ?? id).startsWith(prefix);
      };
      const updates = (groups as { updates: unknown[] }[]).flatMap(
        (g) => g.updates,
      );
      const split = (rows: unknown[]) => [
        rows.filter(mine).length,
        rows.length - rows.filter(mine).length,
      ];
      const [o, oRest] = split(offices!);
      const [m, mRest] = split(measures!);
      const [u, uRest] = split(updates);
      const ours = imports!.filter((e) =>
        JSON.stringify(e).includes(file),
      ).length;
      return {
        imported: { offices: o, measures: m, updates: u, imports: ours },
        rest: {
          offices: oRest,
          measures: mRest,
          updates: uRest,
          imports: imports!.length - ours,
        },
      };
    },
    { prefix: prefixOf(run), file: `run-${run}.json` },
  );
}

test('a browser killed at random points of a large import leaves it entirely before or after, and the app opens', async ({
  baseURL,
}, testInfo) => {
  test.setTimeout(60_000 + RUNS * 30_000);
  const none = { offices: 0, measures: 0, updates: 0, imports: 0 };
  // One profile throughout: each run imports an office of its own into
  // what the runs before left, and is killed; the browser opens it again.
  const profile = await mkdtemp(join(tmpdir(), 'ita-kill-'));
  const t0 = Date.now();
  let longest = 0;
  const seen = new Set<string>();
  try {
    let { context, page } = await launch(profile, baseURL ?? '');
    const setup = new SetupPage(page);
    await setup.goto();
    await setup.loadExample();
    await expect(new MeasuresPage(page).rows).toHaveCount(11);
    for (let run = 0; run <= RUNS; run++) {
      const bundle = largeBundle(run);
      const file = testInfo.outputPath(`run-${run}.json`);
      await writeFile(file, JSON.stringify(bundle));
      const all = {
        offices: 1,
        measures: bundle.measures.length,
        updates: bundle.updates.length,
        imports: 1,
      };
      const before = (await countsOf(context, run)).rest;

      await page.goto('/exchange');
      const panel = new ImportPanel(page);
      await panel.fileInput.setInputFiles(file);
      await expect(panel.confirmButton).toBeVisible({ timeout: 30_000 });
      await panel.knowWhereFilesCameFrom();
      const started = Date.now();
      await panel.confirmButton.click();
      if (run === 0) {
        // Run 0 writes to the end, to learn how long the write takes here.
        await expect(panel.doneHeading).toBeVisible({ timeout: 60_000 });
        longest = Date.now() - started;
        await context.close();
      } else {
        // Anywhere from the click to a little past the write's usual end.
        const at = Math.random() * longest * 1.2;
        await new Promise((resolve) => setTimeout(resolve, at));
        process.kill(browserPid(profile), 'SIGKILL');
        await context.close().catch(() => undefined);
      }

      ({ context, page } = await launch(profile, baseURL ?? ''));
      await page.goto('/measures');
      // The app opens normally: its measures, no message of a broken database.
      await expect(new MeasuresPage(page).rows.first()).toBeVisible();
      const after = await countsOf(context, run);
      expect(after.rest, `run ${run}: the rest untouched`).toEqual(before);
      expect([none, all], `run ${run}: all or nothing`).toContainEqual(
        after.imported,
      );
      seen.add(after.imported.imports === 0 ? 'before' : 'after');
    }
    await context.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  // Run 0 is "after"; the kills usually land inside the write.
  expect(seen.has('after')).toBe(true);
  testInfo.annotations.push({
    type: 'kills',
    description: `${RUNS} kills, the write takes ${longest} ms, outcomes ${[...seen].join(', ')}, ${Date.now() - t0} ms in all`,
  });
});
