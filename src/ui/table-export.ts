/**
 * A table (title lines, headings, rows of text and figures) as a file a
 * spreadsheet opens: CSV or XLSX, and the download that saves it. Generic:
 * the report uses it, and so can any other table of the app.
 */

/**
 * A figure: a number cell in XLSX and plain Arabic digits in CSV, so that a
 * spreadsheet sums and sorts it; `text` is how the screen shows it (Thai
 * digits, grouping, a percent sign).
 */
export interface NumberCell {
  value: number;
  text: string;
  /** A share from 0 to 1, shown and written as a percentage. */
  percent?: boolean;
}

/** Text is written as text, always; only a NumberCell becomes a number. */
export type TableCell = string | NumberCell;

export interface TextTable {
  /** Lines above the table, e.g. a report's title block. */
  title: readonly string[];
  headers: readonly string[];
  rows: readonly (readonly TableCell[])[];
  /** Rows under the body, e.g. a total: last in the file, bold in XLSX. */
  totals?: readonly (readonly TableCell[])[];
}

/** numberCell(12, '๑๒'): the figure 12, shown as ๑๒. */
export function numberCell(
  value: number,
  text: string,
  percent = false,
): NumberCell {
  return percent ? { value, text, percent } : { value, text };
}

/** The cell as the screen shows it. */
export function cellText(cell: TableCell): string {
  return typeof cell === 'string' ? cell : cell.text;
}

// What a spreadsheet runs (OWASP, CSV injection): a cell opened by = (any
// formula), or by + - @ followed by what continues a formula (a digit or a
// point, a bracket, a quote, an operator, a function name or a reference),
// and any cell opened by a tab or a carriage return, which some spreadsheets
// drop before reading the rest. A bullet ("- ลดโอกาส…", "+ เพิ่ม…") and a
// signed number ("-2") are text and a number to them, and stay as written.
const FORMULA = /^(?:[\t\r]|=|[+\-@]\s*[\d.(="'$_A-Za-z+\-@#!{|])/;
const SIGNED_NUMBER = /^[+-]\d+(?:\.\d+)?%?$/;

/** isFormula('=HYPERLINK("…")') === true; isFormula('- ลดโอกาส') === false */
export function isFormula(text: string): boolean {
  return FORMULA.test(text) && !SIGNED_NUMBER.test(text);
}

/** A figure in CSV: Arabic digits without grouping, a share as "45.45%". */
function csvNumber({ value, percent }: NumberCell): string {
  return percent ? `${Math.round(value * 10000) / 100}%` : String(value);
}

// A formula gets a leading apostrophe, which spreadsheets read as "text".
// Text that merely looks like a date ("2/2") is written as it is: CSV has no
// types, and an apostrophe would show in every other reader; XLSX keeps it a
// text cell, and the app's own ratios go out as two figures (decisions.md).
function csvCell(cell: TableCell): string {
  if (typeof cell !== 'string') return csvNumber(cell);
  const safe = isFormula(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Every row of the file after the title: the headings, the body, the totals. */
function tableRows(table: TextTable): (readonly TableCell[])[] {
  return [table.headers, ...table.rows, ...(table.totals ?? [])];
}

/** tableToCsv({ title: [], headers: ['a'], rows: [['1,2']] }) === 'a\r\n"1,2"\r\n' */
export function tableToCsv(table: TextTable): string {
  const lines = [
    ...table.title.map((line) => [line]),
    ...(table.title.length > 0 ? [[]] : []),
    ...tableRows(table),
  ];
  return (
    lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n'
  );
}

/** UTF-8 with a byte-order mark: without it Excel reads Thai as another code page. */
export function csvBlob(table: TextTable): Blob {
  return new Blob(['\ufeff', tableToCsv(table)], {
    type: 'text/csv;charset=utf-8',
  });
}

/** Column width in characters: the heading, or the longest cell over about six lines. */
function columnWidth(table: TextTable, index: number): number {
  const longest = Math.max(
    table.headers[index]?.length ?? 0,
    ...table.rows.map((row) => cellText(row[index] ?? '').length / 6),
  );
  return Math.min(60, Math.max(12, Math.round(longest)));
}

/** The table as an .xlsx workbook of one sheet; the library loads on first use. */
export async function xlsxBlob(table: TextTable, sheet: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const style = (bold: boolean) => ({
    alignVertical: 'top' as const,
    ...(bold ? { fontWeight: 'bold' as const } : {}),
  });
  const text = (value: string, bold = false) => ({
    type: String,
    value,
    wrap: true,
    ...style(bold),
  });
  const cell = (value: TableCell, bold = false) =>
    typeof value === 'string'
      ? text(value, bold)
      : {
          type: Number,
          value: value.value,
          ...(value.percent ? { format: '0%' } : {}),
          ...style(bold),
        };
  const data = [
    ...table.title.map((line) => [text(line, true)]),
    ...(table.title.length > 0 ? [[]] : []),
    table.headers.map((header) => text(header, true)),
    ...table.rows.map((row) => row.map((value) => cell(value))),
    ...(table.totals ?? []).map((row) => row.map((value) => cell(value, true))),
  ];
  return writeXlsxFile(data, {
    sheet,
    orientation: 'landscape',
    columns: table.headers.map((_, i) => ({ width: columnWidth(table, i) })),
  }).toBlob();
}

/** Saves a blob as a file through the browser's download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the download has taken the URL by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
