import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseReportRows } from '@/domain/paste/parse-report-text';

import { repeated, type Table } from './paste-pdf-row';

const table = JSON.parse(
  readFileSync(
    new URL(
      '../../src/domain/fixtures/files/khunkaew-2568-cells.json',
      import.meta.url,
    ),
    'utf8',
  ),
) as Table;

const measuresOf = (printed: Table) =>
  parseReportRows(
    [...printed.title.map((t) => [t]), printed.headers, ...printed.rows].map(
      (cells, i) => ({ line: i + 1, cells }),
    ),
  ).measures;

describe("the bench's long report", () => {
  it('reads as every copy of every measure, numbered on as a long report is', () => {
    const measures = measuresOf(repeated(table, 5));
    expect(measures).toHaveLength(55);
    expect(measures.map((m) => m.number)).toEqual(
      Array.from({ length: 55 }, (_, i) => i + 1),
    );
    expect(measures[11]!.title).toBe(measures[0]!.title);
  });
});
