/**
 * Every row of one scale, in one Chromium profile on disk: generate the data
 * in the bench page, import it (app and raw), export it, open the dashboard,
 * type into a form, then restart Chromium offline for the cold starts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { ScaleName } from '../shared/scales';
import { benchPage, launch } from './browser';
import { coldStartRow, installServiceWorker } from './cold-start-row';
import { dashboardRow } from './dashboard-row';
import { exportRow } from './export-row';
import { importRows } from './import-rows';
import { describeMachine, type Machine } from './machine';
import type { Options } from './options';
import type { Row } from './row';
import { typingRow } from './typing-row';

export interface ScaleResult {
  rows: Row[];
  machine: Machine;
}

const log = (scale: ScaleName, message: string) =>
  console.log(
    `[${new Date().toISOString().slice(11, 19)}] ${scale}: ${message}`,
  );

export async function measureScale(
  scale: ScaleName,
  options: Options,
  url: string,
): Promise<ScaleResult> {
  const runs = scale === 'nation' ? 1 : options.runs;
  const profile = mkdtempSync(join(tmpdir(), `ita-bench-${scale}-`));
  const rows: Row[] = [];
  const want = (
    group: Options['groups'] extends ReadonlySet<infer G> ? G : never,
  ) => options.groups.has(group);
  try {
    const context = await launch(profile);
    const machine = await describeMachine(context);
    const bench = await benchPage(context, url);
    log(scale, 'generating data');
    const data = await bench.evaluate(
      ([name, seed]) => window.bench.generate(name, seed),
      [scale, options.seed] as const,
    );
    log(
      scale,
      `bundle ${(data.bundleBytes / 1024 / 1024).toFixed(1)} MB in ${(data.ms / 1000).toFixed(1)} s`,
    );
    log(scale, `import × ${runs} (app and raw), then once traced for the heap`);
    rows.push(...(await importRows(bench, data, runs)));
    if (want('export')) {
      log(scale, `export × ${runs}`);
      rows.push(await exportRow(bench, scale, runs));
    }
    await bench.evaluate(() => window.bench.selectFirstOffice());
    if (want('dashboard')) {
      log(scale, `dashboard × ${runs}`);
      rows.push(await dashboardRow(context, bench, url, scale, runs));
    }
    if (want('typing')) {
      log(scale, `typing × ${runs}`);
      rows.push(await typingRow(context, url, scale, runs));
    }
    if (want('cold-start')) await installServiceWorker(context, url);
    await context.close();
    if (want('cold-start')) {
      log(scale, `cold start × ${runs} (Chromium restarted offline each time)`);
      rows.push(await coldStartRow(profile, url, scale, runs));
    }
    return { rows, machine };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
