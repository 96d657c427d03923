/**
 * The rows about the app in use, on a profile of their own where the data
 * was imported once, as a person's database is: the import rows import and
 * delete a bundle's worth of data several times over, and what they leave
 * behind in the browser's storage (unreclaimed space) slows every later
 * open of the database several-fold.
 */
import type { ScaleName } from '../shared/scales';
import { benchPage, launch } from './browser';
import { coldStartRow, installServiceWorker } from './cold-start-row';
import { dashboardRow } from './dashboard-row';
import { exportRow } from './export-row';
import type { RowGroup } from './options';
import { pastePdfRow } from './paste-pdf-row';
import { roundPageRow } from './round-page-row';
import type { Row } from './row';
import { typingRow } from './typing-row';

export async function inUseRows(
  profile: string,
  url: string,
  scale: ScaleName,
  runs: number,
  want: (group: RowGroup) => boolean,
  log: (message: string) => void,
): Promise<Row[]> {
  const rows: Row[] = [];
  const context = await launch(profile);
  const bench = await benchPage(context, url);
  log('importing the data once for the app in use');
  await bench.evaluate(() => window.bench.appImport());
  await bench.evaluate(() => window.bench.selectFirstOffice());
  if (want('export')) {
    log(`export × ${runs}`);
    rows.push(await exportRow(bench, scale, runs));
  }
  if (want('dashboard')) {
    log(`dashboard × ${runs}`);
    rows.push(await dashboardRow(context, bench, url, scale, runs));
  }
  if (want('round-page')) {
    log(`round page × ${runs}`);
    rows.push(await roundPageRow(context, bench, url, scale, runs));
  }
  if (want('typing')) {
    log(`typing × ${runs}`);
    rows.push(await typingRow(context, url, scale, runs));
  }
  if (want('paste-pdf')) {
    log(`30-page PDF on the paste page × ${runs}`);
    rows.push(await pastePdfRow(context, url, scale, runs));
  }
  if (want('cold-start')) await installServiceWorker(context, url);
  await context.close();
  if (want('cold-start')) {
    log(`cold start × ${runs} (Chromium restarted offline each time)`);
    rows.push(await coldStartRow(profile, url, scale, runs));
  }
  return rows;
}
