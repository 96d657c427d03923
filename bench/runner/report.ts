/**
 * The benchmark's table, as Markdown (readable in a terminal, and pasted as
 * is into docs/performance.md), and the JSON of every figure and run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import type { Machine } from './machine';
import { RESULTS_FILE, ROOT } from './paths';
import type { Row, Target } from './row';

const number = (value: number, unit: Row['unit']) =>
  unit === 'ms' && value >= 100 ? value.toFixed(0) : value.toFixed(1);

function appCell(row: Row): string {
  if (!row.app) return 'pending';
  const { median, min, max, values } = row.app;
  const spread =
    values.length > 1
      ? ` (${number(min, row.unit)}–${number(max, row.unit)})`
      : '';
  return `${number(median, row.unit)} ${row.unit}${spread}`;
}

function targetCell(target: Target, unit: Row['unit']): string {
  if (target.kind === 'ratio') return `≤ ${target.max.toFixed(2)}×`;
  return `${target.strict ? '<' : '≤'} ${target.max} ${unit}`;
}

const okCell = (ok: boolean | null) => (ok === null ? '—' : ok ? 'yes' : 'NO');

export function formatTable(rows: readonly Row[]): string {
  const lines = [
    '| scale | figure | app median (min–max) | baseline median | ratio | target | ok? |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    const baseline = row.baseline
      ? `${number(row.baseline.median, row.unit)} ${row.unit}`
      : '—';
    const ratio = row.ratio === null ? '—' : `${row.ratio.toFixed(2)}×`;
    lines.push(
      `| ${row.scale} | ${row.figure} | ${appCell(row)} | ${baseline} | ${ratio} | ${targetCell(row.target, row.unit)} | ${okCell(row.ok)} |`,
    );
  }
  return lines.join('\n');
}

/** Phases and notes under the table: where the time of each figure went. */
export function formatDetails(rows: readonly Row[]): string {
  return rows
    .filter((row) => row.phases || row.note || row.baselineName)
    .map((row) => {
      const phases = Object.entries(row.phases ?? {})
        .map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`)
        .join(', ');
      const parts = [
        row.baselineName ? `baseline: ${row.baselineName}` : '',
        phases ? `phases: ${phases}` : '',
        row.note ?? '',
      ].filter(Boolean);
      return `- ${row.scale}, ${row.figure}: ${parts.join('; ')}`;
    })
    .join('\n');
}

export function saveResults(
  rows: readonly Row[],
  machine: Machine,
  runs: number,
): string {
  const file = join(ROOT, RESULTS_FILE);
  mkdirSync(dirname(file), { recursive: true });
  const measuredAt = new Date().toISOString();
  writeFileSync(
    file,
    `${JSON.stringify({ measuredAt, machine, runs, rows }, null, 2)}\n`,
  );
  return file;
}
