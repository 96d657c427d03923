/**
 * Import rows: the app's real import against a raw put of the same records
 * (alternating which goes first, so neither always meets a warmer disk), then
 * one more app import under a trace for its worker's peak heap, compared with
 * the bundle file's size. The last import leaves the app's database full for
 * the rows that follow.
 */
import type { Page } from '@playwright/test';

import type { Generated, Timed } from '../shared/bench-api';
import { collectGarbage } from './browser';
import { makeRow, type Row } from './row';
import { medianPhases } from './stats';
import { threadKey, traced } from './trace';

const MB = 1024 * 1024;

async function timed(
  page: Page,
  what: 'appImport' | 'rawImport',
): Promise<Timed> {
  await collectGarbage(page);
  const result = await page.evaluate((name) => window.bench[name](), what);
  return result;
}

function checkCount(what: string, result: Timed, expected: number) {
  if (result.count !== expected)
    throw new Error(
      `${what} wrote ${result.count} records, expected ${expected}`,
    );
}

/**
 * An app import under a trace, and the largest heap any worker had when a
 * garbage collection began (or ended).
 */
async function tracedImport(
  page: Page,
): Promise<{ result: Timed; peak: number }> {
  await collectGarbage(page);
  const { result, events, threads } = await traced(page, ['v8'], () =>
    page.evaluate(() => window.bench.appImport()),
  );
  let peak = 0;
  for (const e of events) {
    if (e.name !== 'MinorGC' && e.name !== 'MajorGC') continue;
    if (!threads.get(threadKey(e))?.includes('Worker')) continue;
    const before = Number(e.args?.usedHeapSizeBefore ?? 0);
    peak = Math.max(peak, before, Number(e.args?.usedHeapSizeAfter ?? 0));
  }
  return { result, peak };
}

/**
 * With one run (the nation scale, minutes per import), that run is also the
 * traced one; otherwise a further app import is traced for the heap, so
 * tracing never weighs on the timed runs.
 */
export async function importRows(
  page: Page,
  data: Generated,
  runs: number,
): Promise<Row[]> {
  const records = data.offices + data.measures + data.updates;
  const app: Timed[] = [];
  const raw: Timed[] = [];
  let peak = 0;
  for (let run = 0; run < runs; run++) {
    const order =
      run % 2 === 0
        ? (['rawImport', 'appImport'] as const)
        : (['appImport', 'rawImport'] as const);
    for (const what of order) {
      let result: Timed;
      if (what === 'appImport' && runs === 1)
        ({ result, peak } = await tracedImport(page));
      else result = await timed(page, what);
      checkCount(what, result, records);
      (what === 'appImport' ? app : raw).push(result);
    }
  }
  await page.evaluate(() => window.bench.dropRawDatabase());
  if (runs > 1) {
    const traced = await tracedImport(page);
    checkCount('appImport', traced.result, records);
    peak = traced.peak;
  }
  return [
    makeRow({
      scale: data.scale,
      figure: 'import of a bundle (read, validate, merge, write)',
      unit: 'ms',
      app: app.map((r) => r.ms),
      baseline: raw.map((r) => r.ms),
      baselineName: 'raw IndexedDB put, one row per record, one transaction',
      target: { kind: 'ratio', max: 1.0 },
      phases: medianPhases(app),
      note: `${records.toLocaleString('en')} records, bundle ${(data.bundleBytes / MB).toFixed(1)} MB`,
    }),
    makeRow({
      scale: data.scale,
      figure: 'peak JS heap of the import worker',
      unit: 'MB',
      app: [peak / MB],
      baseline: [data.bundleBytes / MB],
      baselineName: 'size of the bundle file',
      target: { kind: 'ratio', max: 3 },
      note: 'largest heap at a garbage collection, traced',
    }),
  ];
}
