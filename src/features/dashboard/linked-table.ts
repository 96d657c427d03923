/**
 * A dashboard table as data: the text of each cell, and where a figure leads.
 * The same data draws the table and is exported (CSV, XLSX) as text.
 */
import type { TextTable } from '@/ui/table-export';

export interface LinkedCell {
  text: string;
  /** The measures behind the figure; none for a zero or a plain label. */
  href?: string;
  /** A longer link name for screen readers, e.g. "ล่าช้า 2 มาตรการ ของกองคลัง". */
  label?: string;
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
}

/** The table's text, for the exporter. */
export function toTextTable(table: LinkedTable, title: string): TextTable {
  return {
    title: [title],
    headers: table.headers,
    rows: table.rows.map((row) => row.cells.map((cell) => cell.text)),
  };
}

/** A count that links to its measures when there are any. */
export function countCell(
  ids: readonly string[],
  text: string,
  href: string,
  label?: string,
): LinkedCell {
  return ids.length > 0
    ? { text, href, numeric: true, ...(label ? { label } : {}) }
    : { text, numeric: true };
}
