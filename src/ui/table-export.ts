/**
 * A table (title lines, headings, rows of text) as a file a spreadsheet opens:
 * CSV or XLSX, and the download that saves it. Generic: the report uses it,
 * and so can any other table of the app.
 */

export interface TextTable {
  /** Lines above the table, e.g. a report's title block. */
  title: readonly string[];
  headers: readonly string[];
  rows: readonly (readonly string[])[];
}

// A spreadsheet runs a cell that starts with one of these as a formula (CSV
// injection); "- ผลลัพธ์" would even show as an error. In CSV such a cell gets
// a leading apostrophe; XLSX types every cell as text, so it needs none.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(cell: string): string {
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** tableToCsv({ title: [], headers: ['a'], rows: [['1,2']] }) === 'a\r\n"1,2"\r\n' */
export function tableToCsv(table: TextTable): string {
  const lines = [
    ...table.title.map((line) => [line]),
    ...(table.title.length > 0 ? [[]] : []),
    table.headers,
    ...table.rows,
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
    ...table.rows.map((row) => (row[index] ?? '').length / 6),
  );
  return Math.min(60, Math.max(12, Math.round(longest)));
}

/** The table as an .xlsx workbook of one sheet; the library loads on first use. */
export async function xlsxBlob(table: TextTable, sheet: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const text = (value: string, bold = false) => ({
    type: String,
    value,
    wrap: true,
    alignVertical: 'top' as const,
    ...(bold ? { fontWeight: 'bold' as const } : {}),
  });
  const data = [
    ...table.title.map((line) => [text(line, true)]),
    ...(table.title.length > 0 ? [[]] : []),
    table.headers.map((header) => text(header, true)),
    ...table.rows.map((row) => row.map((cell) => text(cell))),
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
