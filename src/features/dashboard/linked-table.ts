/**
 * A dashboard table as data: the text of each cell, the figure it stands for,
 * and where a figure leads. The same data draws the table and is exported
 * (CSV, XLSX): a figure as a number, the rest as text.
 */
import { numberCell, type TableCell, type TextTable } from '@/ui/table-export';

export interface LinkedCell {
  text: string;
  /** The measures behind the figure; none for a zero or a plain label. */
  href?: string;
  /** A longer link name for screen readers, e.g. "ล่าช้า 2 มาตรการ ของกองคลัง". */
  label?: string;
  /** The figure the text shows: a number in exported files. */
  value?: number;
  /** The value is a share (0–1), shown as a percentage. */
  percent?: boolean;
  /** Aligned as a figure (right), also when the text is not one. */
  numeric?: boolean;
}

export interface LinkedRow {
  key: string;
  /** The first cell names the row (a row header). */
  cells: LinkedCell[];
}

export interface LinkedTable {
  headers: string[];
  rows: LinkedRow[];
  /** A total under the rows, where one means something. */
  totals?: LinkedRow[];
}

/** Whether a column holds figures: its heading is then aligned as they are. */
export function isNumericColumn(table: LinkedTable, index: number): boolean {
  const cell = [...table.rows, ...(table.totals ?? [])][0]?.cells[index];
  return Boolean(cell && (cell.numeric || cell.value !== undefined));
}

const exported = (cell: LinkedCell): TableCell =>
  cell.value === undefined
    ? cell.text
    : numberCell(cell.value, cell.text, cell.percent);

/** The table's text and figures, for the exporter. */
export function toTextTable(table: LinkedTable, title: string): TextTable {
  const rows = (rows: readonly LinkedRow[]) =>
    rows.map((row) => row.cells.map(exported));
  return {
    title: [title],
    headers: table.headers,
    rows: rows(table.rows),
    ...(table.totals ? { totals: rows(table.totals) } : {}),
  };
}

/** A count that links to its measures when there are any. */
export function countCell(
  ids: readonly string[],
  text: string,
  href: string,
  label?: string,
): LinkedCell {
  const value = ids.length;
  return value > 0
    ? { text, href, value, numeric: true, ...(label ? { label } : {}) }
    : { text, value, numeric: true };
}
