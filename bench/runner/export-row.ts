import type { Page } from '@playwright/test';

import type { Timed } from '../shared/bench-api';
import type { ScaleName } from '../shared/scales';
import { collectGarbage } from './browser';
import { makeRow, type Row } from './row';
import { medianPhases } from './stats';

const FIGURE = 'export of everything to a bundle file';
const TARGET = { kind: 'ratio', max: 1.2 } as const;

/**
 * At the nation scale the baseline cannot run: JSON.stringify of every
 * record (about 850 MB) is longer than the longest string V8 makes. The
 * app's export writes its file a page at a time and never makes that
 * string, so it is measured alone.
 */
const BASELINE_FITS = (scale: ScaleName) => scale !== 'nation';

/** Export of everything to a bundle file against raw getAll + JSON.stringify. */
export async function exportRow(
  page: Page,
  scale: ScaleName,
  runs: number,
): Promise<Row> {
  const app: Timed[] = [];
  const raw: Timed[] = [];
  for (let run = 0; run < runs; run++) {
    const order = !BASELINE_FITS(scale)
      ? (['appExport'] as const)
      : run % 2 === 0
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
    ...(BASELINE_FITS(scale)
      ? {
          baseline: raw.map((r) => r.ms),
          baselineName: 'raw getAll of the same tables + JSON.stringify',
        }
      : {}),
    target: TARGET,
    phases: medianPhases(app),
    note: `file ${((app[0]?.bytes ?? 0) / 1024 / 1024).toFixed(1)} MB (JSON, no gzip)${
      BASELINE_FITS(scale)
        ? ''
        : '; no baseline: JSON.stringify of every record is longer than the longest string V8 makes'
    }`,
  });
}
