/**
 * What the printed pages say: each row's cells as paragraphs (a method step,
 * a line of a result, a link), and each planned piece of a row as the text
 * it prints. Built from the report's cells as its text form gives them
 * (rowCells), so the printed report says what the table, the copy and the
 * CSV say, however those cells are composed.
 */
import type { Report } from './build-report';
import type { MeasuredColumn } from './cut-column';
import {
  mapFlows,
  type FlowColumn,
  type Flows,
  type PlannedPiece,
} from './paginate';
import { rowCells, type ReportLabels } from './report-text';

export interface PrintRow {
  measureId: string;
  title: string;
  /** The title of a piece continued on a later page: "๑. … (ต่อ)". */
  continuedTitle: string;
  period: string;
  units: string;
  /** The paragraphs of each flowing column. */
  flows: Flows<string[]>;
  /** The results column says there is no update in the round. */
  noUpdate: boolean;
}

/** printRows(report, labels, (t) => `${t} (ต่อ)`)[0].flows[0] is the first measure's steps. */
export function printRows(
  report: Report,
  labels: ReportLabels,
  continued: (title: string) => string,
): PrintRow[] {
  return report.rows.map((row) => {
    const cells = rowCells(row, report, labels);
    return {
      measureId: row.measureId,
      title: cells.title,
      continuedTitle: continued(cells.title),
      period: cells.period,
      units: cells.units,
      flows: mapFlows((column) =>
        cells[column]
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      ),
      noUpdate:
        row.result.kind === 'no-update' &&
        report.edits?.get(row.measureId)?.result === undefined,
    };
  });
}

export interface PrintedParagraph {
  text: string;
  /** An http(s) address printed whole: it stays a link in the PDF. */
  link: boolean;
}

/**
 * Where, in paragraph `paragraph` of a column, its line `line` starts (an
 * offset in its text): only the printed page can tell, so the caller
 * measures it.
 */
export type LineStart = (paragraph: number, line: number) => number;

const LINK = /^https?:\/\/\S+$/;

/**
 * The paragraphs a piece prints of one column: lines [from, to), whole
 * paragraphs as they are, a cut one as the part of its text on these lines.
 */
export function piecePart(
  paragraphs: readonly string[],
  column: MeasuredColumn,
  from: number,
  to: number,
  lineStart: LineStart,
): PrintedParagraph[] {
  const printed: PrintedParagraph[] = [];
  column.paragraphs.forEach((start, p) => {
    const end = column.paragraphs[p + 1] ?? column.lines.length;
    const first = Math.max(from, start);
    const last = Math.min(to, end);
    if (first >= last) return;
    const text = paragraphs[p] ?? '';
    if (first === start && last === end) {
      printed.push({ text, link: LINK.test(text) });
      return;
    }
    const cutAt = (line: number) =>
      line === start
        ? 0
        : line === end
          ? text.length
          : lineStart(p, line - start);
    const part = text.slice(cutAt(first), cutAt(last)).trim();
    if (part) printed.push({ text: part, link: false });
  });
  return printed;
}

export interface PrintPiece {
  key: string;
  row: PrintRow;
  continued: boolean;
  /** The piece's part of each flowing column. */
  flows: Flows<PrintedParagraph[]>;
}

/** The pieces of a page as they print; `lineStart(row, column)` measures where lines start. */
export function printPieces(
  planned: readonly PlannedPiece[],
  rows: readonly PrintRow[],
  columns: readonly Flows<MeasuredColumn>[],
  lineStart: (row: number, column: FlowColumn) => LineStart,
): PrintPiece[] {
  return planned.flatMap((piece) => {
    const row = rows[piece.row];
    const measured = columns[piece.row];
    if (!row || !measured) return [];
    const { methods, result, suggestions, outcome } = piece.flows;
    return {
      key: `${row.measureId}:${[methods, result, suggestions, outcome].map((f) => f.from).join(',')}`,
      row,
      continued: piece.continued,
      flows: mapFlows((c) =>
        piecePart(
          row.flows[c],
          measured[c],
          piece.flows[c].from,
          piece.flows[c].to,
          lineStart(piece.row, c),
        ),
      ),
    };
  });
}
