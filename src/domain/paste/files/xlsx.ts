/**
 * A report's table from an .xlsx: the first worksheet's cells by their
 * place (B3 is row 3, column 2), text from the shared strings or the cell
 * itself. Line breaks typed in a cell (Alt+Enter) are its lines. Each sheet
 * row is a row, so a report kept in Excel reads as its copy would.
 */
import { strFromU8, unzipSync } from 'fflate';

import { cleanPastedText, type TextRow } from '../split-rows';
import { DocumentError } from './docx';
import { markupEvents } from './markup';

/** The texts of the shared strings, rich runs joined; phonetic runs left out. */
function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = false;
  for (const event of markupEvents(xml)) {
    if (event.kind === 'open') {
      if (event.name === 'si') current = '';
      else if (event.name === 'rph') phonetic = true;
      else if (event.name === 't') inText = !event.self;
    } else if (event.kind === 'close') {
      if (event.name === 'si' && current !== null) {
        strings.push(current);
        current = null;
      } else if (event.name === 'rph') phonetic = false;
      else if (event.name === 't') inText = false;
    } else if (inText && !phonetic && current !== null) {
      current += event.text;
    }
  }
  return strings;
}

/** columnIndex('AB') === 27 (from 0: A is 0) */
function columnIndex(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase())
    n = n * 26 + letter.charCodeAt(0) - 64;
  return n - 1;
}

/** The path of the workbook's first sheet, as its relationships name it. */
function firstSheetPath(files: Record<string, Uint8Array>): string {
  const fallback = 'xl/worksheets/sheet1.xml';
  const workbook = files['xl/workbook.xml'];
  const rels = files['xl/_rels/workbook.xml.rels'];
  if (!workbook || !rels) return fallback;
  let id: string | undefined;
  for (const event of markupEvents(strFromU8(workbook))) {
    if (event.kind === 'open' && event.name === 'sheet') {
      id = event.attrs.get('r:id');
      break;
    }
  }
  for (const event of markupEvents(strFromU8(rels))) {
    if (
      event.kind === 'open' &&
      event.name === 'relationship' &&
      event.attrs.get('id') === id
    ) {
      const target = event.attrs.get('target') ?? '';
      return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    }
  }
  return fallback;
}

interface Cell {
  column: number;
  type: string;
  value: string;
}

function sheetCells(
  xml: string,
  strings: readonly string[],
): Map<number, Cell[]> {
  const rows = new Map<number, Cell[]>();
  let rowNumber = 0;
  let cell: Cell | null = null;
  let reading: 'v' | 't' | null = null;
  for (const event of markupEvents(xml)) {
    if (event.kind === 'open') {
      if (event.name === 'row') {
        rowNumber = Number(event.attrs.get('r')) || rowNumber + 1;
      } else if (event.name === 'c') {
        const ref = /^([A-Z]+)(\d+)$/i.exec(event.attrs.get('r') ?? '');
        const last = rows.get(rowNumber)?.at(-1)?.column ?? -1;
        cell = {
          column: ref ? columnIndex(ref[1] ?? 'A') : last + 1,
          type: event.attrs.get('t') ?? 'n',
          value: '',
        };
        if (event.self) cell = null;
      } else if (event.name === 'v' || event.name === 't') {
        reading = event.self ? null : event.name;
      }
      continue;
    }
    if (event.kind === 'close') {
      if (event.name === 'c' && cell) {
        const value =
          cell.type === 's' ? (strings[Number(cell.value)] ?? '') : cell.value;
        const list = rows.get(rowNumber) ?? [];
        list.push({ ...cell, value });
        rows.set(rowNumber, list);
        cell = null;
      } else if (event.name === reading) reading = null;
      continue;
    }
    if (cell && reading) cell.value += event.text;
  }
  return rows;
}

/** The rows of an .xlsx file's first sheet. */
export function readXlsx(bytes: Uint8Array): TextRow[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) =>
        (file.name.startsWith('xl/') && file.name.endsWith('.xml')) ||
        file.name.endsWith('.rels'),
    });
  } catch {
    throw new DocumentError('broken');
  }
  const sheet = files[firstSheetPath(files)];
  if (!sheet) throw new DocumentError('broken');
  const strings = sharedStrings(
    files['xl/sharedStrings.xml'] && strFromU8(files['xl/sharedStrings.xml']),
  );
  const cells = sheetCells(strFromU8(sheet), strings);
  return [...cells.keys()]
    .sort((a, b) => a - b)
    .map((line) => {
      const row: string[] = [];
      for (const cell of cells.get(line) ?? []) {
        while (row.length < cell.column) row.push('');
        row[cell.column] = cleanPastedText(cell.value).trim();
      }
      return { line, cells: row };
    });
}
