import { describe, expect, it } from 'vitest';

import { exampleReport } from '@/testing/example-report';
import { thaiReportLabels } from '@/testing/report-labels';

import { editCell, isEdited, revertCell, withEdits } from './report-edits';
import { prefilledCells, reportToTable, rowCells } from './report-text';

describe("a round's report text", () => {
  const report = exampleReport();
  const labels = thaiReportLabels(report);
  const row = report.rows[0]!;
  const prefilled = prefilledCells(row, report, labels);

  it('prints an edited cell as typed and the others as prefilled', () => {
    const cells = editCell(
      [],
      { measureId: row.measureId, column: 'result', text: 'จัดอบรมแล้ว' },
      prefilled.result,
    );
    const edited = withEdits(report, { cells });
    expect(rowCells(row, edited, labels)).toEqual({
      ...prefilled,
      result: 'จัดอบรมแล้ว',
    });
    expect(isEdited(edited, row.measureId, 'result')).toBe(true);
    expect(isEdited(edited, row.measureId, 'outcome')).toBe(false);
    expect(reportToTable(edited, labels).rows[0]![3]).toBe('จัดอบรมแล้ว');
    // The prefilled text stays what the updates say.
    expect(prefilledCells(row, edited, labels)).toEqual(prefilled);
  });

  it('goes back to the prefilled text per cell', () => {
    const cells = [
      { measureId: row.measureId, column: 'result' as const, text: 'ก' },
      { measureId: row.measureId, column: 'outcome' as const, text: 'ข' },
    ];
    const back = withEdits(report, {
      cells: revertCell(cells, row.measureId, 'result'),
    });
    expect(rowCells(row, back, labels)).toEqual({
      ...prefilled,
      outcome: 'ข',
    });
  });

  it('is no longer edited once typed back to the prefilled text', () => {
    const cells = editCell(
      [{ measureId: row.measureId, column: 'result', text: 'ก' }],
      { measureId: row.measureId, column: 'result', text: prefilled.result },
      prefilled.result,
    );
    expect(cells).toEqual([]);
  });

  it('ignores a deleted report text', () => {
    const cells = [
      { measureId: row.measureId, column: 'title' as const, text: 'ก' },
    ];
    expect(withEdits(report, { cells, deleted: true }).edits).toBeUndefined();
  });
});
