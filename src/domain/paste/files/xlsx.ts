/**
 * A report's table from an .xlsx, read by read-excel-file (its "universal"
 * build: fflate and a SAX parser, no DOM, so it runs in a module worker and
 * in Node alike): the first sheet, each sheet row a row, text as typed.
 * Line breaks typed in a cell (Alt+Enter) are its lines.
 */
import { readSheet } from 'read-excel-file/universal';

import { cleanPastedText, type TextRow } from '../split-rows';
import { DocumentError } from './docx';

/** A date cell as a Thai office types one: day/month/year of the Buddhist era. */
function dateText(date: Date): string {
  return `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear() + 543}`;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  return cleanPastedText(String(value)).trim();
}

/** The rows of an .xlsx file's first sheet. */
export async function readXlsx(bytes: Uint8Array): Promise<TextRow[]> {
  // Its own copy: the library takes an ArrayBuffer, and a view's buffer may
  // hold more than the file.
  const buffer = bytes.slice().buffer;
  let sheet: unknown[][];
  try {
    // Numbers as written ("1", not 1): a measure's number or a year stays text.
    sheet = await readSheet(buffer, { parseNumber: (text: string) => text });
  } catch {
    throw new DocumentError('broken');
  }
  return sheet.map((cells, i) => {
    const row = cells.map(cellText);
    while (row.length > 0 && row.at(-1) === '') row.pop();
    // Typed into cells: no printed line wrapped, no space is proposed.
    return { line: i + 1, cells: row, breaks: [] };
  });
}
