/**
 * A round's report text (issue 13): the cells a person edited for the
 * printout, as Word would let them, kept apart from the updates they were
 * prefilled from. A cell not edited keeps following the updates; a cell
 * edited back to its prefilled text is no longer edited.
 */
import type {
  ReportCell,
  ReportCellColumn,
  Round,
  RoundReport,
} from '../types';
import type { Report } from './build-report';

/**
 * The one id of an office's report text (or approval) for a round: the same
 * on every device, so edits made apart merge as versions of one record.
 */
export function roundRecordId(
  officeId: string,
  fiscalYear: number,
  round: Round,
): string {
  return `${officeId}:${fiscalYear}:${round}`;
}

/** The report with the round's edited cells, which rowCells then prints. */
export function withEdits(
  report: Report,
  text: Pick<RoundReport, 'cells' | 'deleted'> | undefined,
): Report {
  if (!text || text.deleted || text.cells.length === 0) return report;
  const edits = new Map<string, Partial<Record<ReportCellColumn, string>>>();
  for (const cell of text.cells)
    edits.set(cell.measureId, {
      ...edits.get(cell.measureId),
      [cell.column]: cell.text,
    });
  return { ...report, edits };
}

const sameCell =
  (measureId: string, column: ReportCellColumn) => (cell: ReportCell) =>
    cell.measureId === measureId && cell.column === column;

/**
 * The cells once this one is typed: kept as edited, or, when the text is
 * the prefilled one again, no longer edited. Order is the order of editing.
 */
export function editCell(
  cells: readonly ReportCell[],
  edit: ReportCell,
  prefilled: string,
): ReportCell[] {
  const others = cells.filter(
    (cell) => !sameCell(edit.measureId, edit.column)(cell),
  );
  return edit.text === prefilled ? others : [...others, edit];
}

/** The cells without this one: it prints as prefilled again. */
export function revertCell(
  cells: readonly ReportCell[],
  measureId: string,
  column: ReportCellColumn,
): ReportCell[] {
  return cells.filter((cell) => !sameCell(measureId, column)(cell));
}

/** Whether this cell of the report is edited for the printout. */
export function isEdited(
  report: Report,
  measureId: string,
  column: ReportCellColumn,
): boolean {
  return report.edits?.get(measureId)?.[column] !== undefined;
}
