import type { Page } from '@playwright/test';

import type { Timed } from '../shared/bench-api';
import type { ScaleName } from '../shared/scales';
import { collectGarbage } from './browser';
import { makeRow, type Row } from './row';
import { medianPhases } from './stats';

/** Export of everything to a bundle file against raw getAll + JSON.stringify. */
export async function exportRow(
  page: Page,
  scale: ScaleName,
  runs: number,
): Promise<Row> {
  const app: Timed[] = [];
  const raw: Timed[] = [];
  for (let run = 0; run < runs; run++) {
    const order =
      run % 2 === 0
        ? (['rawExport', 'appExport'] as const)
        : (['appExport', 'rawExport'] as const);
    for (const what of order) {
      await collectGarbage(page);
      const result = await page.evaluate((name) => window.bench[name](), what);
      (what === 'appExport' ? app : raw).push(result);
    }
  }
  return makeRow({
    scale,
    figure: 'export of everything to a bundle file',
    unit: 'ms',
    app: app.map((r) => r.ms),
    baseline: raw.map((r) => r.ms),
    baselineName: 'raw getAll of the same tables + JSON.stringify',
    target: { kind: 'ratio', max: 1.2 },
    phases: medianPhases(app),
    note: `file ${((app[0]?.bytes ?? 0) / 1024 / 1024).toFixed(1)} MB (JSON, no gzip)`,
  });
}
