/**
 * A sortable table's columns as data: heading, how a row shows in it, what it
 * writes into an exported file (figures as numbers) and its total. The screen
 * and the file are made from the same columns, so they never disagree.
 */
import { cellText, type TableCell, type TextTable } from './table-export';

/** A column's cell in the total row: its text, and its cells in the file. */
export interface TotalCell {
  text: string;
  exported: TableCell[];
}

export interface TableColumn<Row, K extends string = string> {
  key: K;
  header: string;
  /** Figures: aligned right, largest first on the first sort. */
  numeric: boolean;
  /** Sorted newest or largest first on the first press (default: numeric). */
  descendingFirst?: boolean;
  text: (row: Row) => string;
  /** Its cells in an exported file (default: the text); several for a ratio. */
  exported?: (row: Row) => TableCell[];
  /** The headings of those cells (default: the heading). */
  exportHeaders?: string[];
  /** Its cell in the total row over the rows shown; none leaves it empty. */
  total?: (rows: readonly Row[]) => TotalCell;
}

/** totalCell(numberCell(12, '๑๒')): a total shown as ๑๒, written as 12. */
export function totalCell(cell: TableCell): TotalCell {
  return { text: cellText(cell), exported: [cell] };
}

/** The total row of the rows shown, or null when no column has a total. */
export function totalRow<Row>(
  columns: readonly TableColumn<Row>[],
  rows: readonly Row[],
): TotalCell[] | null {
  if (!columns.some((c) => c.total)) return null;
  return columns.map(
    (c) =>
      c.total?.(rows) ?? {
        text: '',
        exported: (c.exportHeaders ?? [c.header]).map(() => ''),
      },
  );
}

/** The table as a file: title, headings, a row per row, and the total. */
export function columnsToTable<Row>(
  title: string,
  columns: readonly TableColumn<Row>[],
  rows: readonly Row[],
): TextTable {
  const total = totalRow(columns, rows);
  return {
    title: [title],
    headers: columns.flatMap((c) => c.exportHeaders ?? [c.header]),
    rows: rows.map((row) =>
      columns.flatMap((c) => c.exported?.(row) ?? [c.text(row)]),
    ),
    ...(total ? { totals: [total.flatMap((cell) => cell.exported)] } : {}),
  };
}
