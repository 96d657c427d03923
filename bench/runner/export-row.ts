import type { Page } from '@playwright/test';

import type { Timed } from '../shared/bench-api';
import type { ScaleName } from '../shared/scales';
import { collectGarbage } from './browser';
import { makeRow, pendingRow, type Row } from './row';
import { medianPhases } from './stats';

const FIGURE = 'export of everything to a bundle file';
const TARGET = { kind: 'ratio', max: 1.2 } as const;

/**
 * Not measured at the nation scale: a 700 MB bundle is longer than the
 * longest string V8 makes, for the app's export and for the baseline's
 * JSON.stringify alike; exporting it would need a streamed export.
 */
export function nationExportRow(): Row {
  return pendingRow(
    'nation',
    FIGURE,
    'ms',
    TARGET,
    'not measured: the file would be longer than the longest string V8 allows, in the app and in the baseline alike',
  );
}

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
    figure: FIGURE,
    unit: 'ms',
    app: app.map((r) => r.ms),
    baseline: raw.map((r) => r.ms),
    baselineName: 'raw getAll of the same tables + JSON.stringify',
    target: TARGET,
    phases: medianPhases(app),
    note: `file ${((app[0]?.bytes ?? 0) / 1024 / 1024).toFixed(1)} MB (JSON, no gzip)`,
  });
}
