/**
 * The cells the file fixtures are made from (../../fixtures/files, by
 * scripts/make-paste-fixtures.mjs) are the app's own report of the example
 * year: the real report's 11 measures. This keeps them so; run with
 * WRITE_FIXTURE_CELLS=1 to write them again after the report changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';

import { expect, it } from 'vitest';

import { exampleReport } from '@/testing/example-report';
import { thaiReportLabels } from '@/testing/report-labels';

import { reportToTable } from '../../report/report-text';

const path = new URL(
  '../../fixtures/files/khunkaew-2568-cells.json',
  import.meta.url,
);

it('the file fixtures are made from the example report as the app prints it', () => {
  const report = exampleReport();
  const table = reportToTable(report, thaiReportLabels(report));
  const json = `${JSON.stringify(table, null, 1)}\n`;
  if (process.env.WRITE_FIXTURE_CELLS) writeFileSync(path, json);
  expect(readFileSync(path, 'utf8')).toBe(json);
});
