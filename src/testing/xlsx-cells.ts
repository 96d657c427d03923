/**
 * Reads the first sheet of an .xlsx back as typed cells, for tests that check
 * what a spreadsheet will see: a number cell (no `t`, or `t="n"`) or a text
 * cell (a shared or inline string). Only what write-excel-file writes.
 */
import { strFromU8, unzipSync } from 'fflate';

export type SheetCell =
  { type: 'number'; value: number } | { type: 'text'; value: string };

const unescape = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of every <t> of a string item, run together. */
const itemText = (xml: string) =>
  [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)]
    .map((m) => unescape(m[1] ?? ''))
    .join('');

const columnIndex = (ref: string) =>
  [...ref.replace(/\d+$/, '')].reduce(
    (n, letter) => n * 26 + letter.charCodeAt(0) - 64,
    0,
  ) - 1;

/** The sheet's rows, each as cells by column (a gap is undefined); empty rows are empty arrays. */
export function readSheetCells(bytes: Uint8Array): (SheetCell | undefined)[][] {
  const files = unzipSync(bytes);
  const sheet = files['xl/worksheets/sheet1.xml'];
  if (!sheet) throw new Error('no xl/worksheets/sheet1.xml in the workbook');
  const shared = files['xl/sharedStrings.xml'];
  const strings = shared
    ? [...strFromU8(shared).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
        itemText(m[1] ?? ''),
      )
    : [];
  const rows: (SheetCell | undefined)[][] = [];
  for (const row of strFromU8(sheet).matchAll(
    /<row r="(\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g,
  )) {
    const cells: (SheetCell | undefined)[] = [];
    for (const cell of (row[2] ?? '').matchAll(
      /<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g,
    )) {
      const type = /\st="(\w+)"/.exec(cell[2] ?? '')?.[1];
      const body = cell[3] ?? '';
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const index = columnIndex(cell[1] ?? 'A1');
      if (type === 's') {
        cells[index] = { type: 'text', value: strings[Number(value)] ?? '' };
      } else if (type === 'inlineStr') {
        cells[index] = { type: 'text', value: itemText(body) };
      } else if (type === 'str') {
        cells[index] = { type: 'text', value: unescape(value ?? '') };
      } else if (value !== undefined) {
        cells[index] = { type: 'number', value: Number(value) };
      }
    }
    rows[Number(row[1]) - 1] = cells;
  }
  return Array.from(rows, (cells) => cells ?? []);
}
