/**
 * A report file's rows, from its bytes (run in a worker: pure, no DOM):
 * .docx and .xlsx through their XML, .txt as pasted text, .csv as Excel
 * saves it (UTF-8, UTF-16 or Windows-874; any separator). PDFs are pdf.js's
 * (read-pdf in the feature), then `gridFromPdf`.
 */
import Papa from 'papaparse';

import { csvText } from '../../expected/csv-text';
import { cleanPastedText, splitRows, type TextRow } from '../split-rows';
import { DocumentError, readDocx } from './docx';
import type { ReportFileError, ReportFileKind } from './file-kind';
import { readXlsx } from './xlsx';

export type RowsResult =
  { ok: true; rows: TextRow[] } | { ok: false; error: ReportFileError };

function textOf(bytes: Uint8Array): string | ReportFileError {
  const decoded = csvText(bytes);
  if (decoded.ok) return decoded.text;
  return decoded.error === 'empty' ? 'empty' : 'broken';
}

/** readReportFile('docx', bytes of a .docx) → { ok: true, rows } */
export async function readReportFile(
  kind: Exclude<ReportFileKind, 'pdf'>,
  bytes: Uint8Array,
): Promise<RowsResult> {
  try {
    if (kind === 'docx') return { ok: true, rows: readDocx(bytes) };
    if (kind === 'xlsx') return { ok: true, rows: await readXlsx(bytes) };
  } catch (error) {
    if (error instanceof DocumentError)
      return { ok: false, error: error.reason };
    throw error;
  }
  const text = textOf(bytes);
  if (text === 'empty' || text === 'broken') return { ok: false, error: text };
  if (kind === 'text') return { ok: true, rows: splitRows(text) };
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  return {
    ok: true,
    rows: parsed.data.map((cells, i) => ({
      line: i + 1,
      cells: cells.map((cell) => cleanPastedText(cell)),
      // A spreadsheet's export: typed text, no space is proposed.
      breaks: [],
    })),
  };
}
