/**
 * A report's table rebuilt from a PDF's text positions. The header row says
 * where the columns are; a row ends where every column leaves a gap wider
 * than a line (the row's border and padding) or where the title column opens
 * the next numbered measure. What each page repeats (its header and footer,
 * page numbers) is left out, the header row repeated on a page is given as a
 * row (the reader skips it), and a row a page break cut is joined again.
 * Each cell keeps its printed lines, for the wrap-space proposal.
 */
import { toArabicDigits } from '../../digits';
import type { ParseOptions } from '../parse-report-text';
import { readTitle } from '../read-cells';
import { cleanPastedText, type TextRow } from '../split-rows';
import {
  columnAt,
  columnEdges,
  columnsOf,
  headerAt,
  type HeaderBand,
  type PdfColumns,
} from './pdf-columns';
import {
  joinItems,
  linePitch,
  pageLines,
  type PdfItem,
  type PdfLine,
  type PdfPage,
} from './pdf-lines';

/** One printed line of a cell, and how much of the column's width it took (0–1). */
export interface CellLine {
  text: string;
  fill: number;
}

/** A row of the table, each cell with the printed lines it was made of. */
export interface PdfRow extends TextRow {
  lines: CellLine[][];
  page: number;
}

/** A cell's text: its printed lines, each cleaned as pasted text is, joined by a space as a PDF copy gives them. */
export function cellText(lines: readonly CellLine[]): string {
  return lines.map((line) => line.text).join(' ');
}

/**
 * Where each printed line of a cell ended in its text (`cellText`): the
 * offset of the space that joins it to the next line, how much of the
 * column the line took and how much the next took. The wrap-space proposal
 * (wrap-spaces.ts, `WrapHints.lineEnds`) takes them as they are.
 */
export function lineEnds(
  lines: readonly CellLine[],
): { at: number; fill: number; nextFill: number }[] {
  const ends: { at: number; fill: number; nextFill: number }[] = [];
  let at = 0;
  lines.forEach((line, i) => {
    at += line.text.length;
    const next = lines[i + 1];
    if (next) ends.push({ at, fill: line.fill, nextFill: next.fill });
    at += 1;
  });
  return ends;
}

const PAGE_NUMBER =
  /^(?:(?:หน้า|page|-)\s*)?[0-9๐-๙]+(?:\s*(?:\/|of|จาก|-)\s*[0-9๐-๙]*)?$/i;

/** Lines that stand at the same place on most pages: running headers and footers. */
function repeatedLines(pages: readonly PdfLine[][]): Set<string> {
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(
      lines.map(
        (line) =>
          `${Math.round(line.y / 4)}|${toArabicDigits(joinItems(line.items)).replace(/[0-9\s]/g, '')}`,
      ),
    );
    for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const least = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...seen].filter(([, n]) => n >= least).map(([key]) => key));
}

function isRunning(line: PdfLine, repeated: ReadonlySet<string>): boolean {
  const text = joinItems(line.items);
  if (PAGE_NUMBER.test(text)) return true;
  const key = `${Math.round(line.y / 4)}|${toArabicDigits(text).replace(/[0-9\s]/g, '')}`;
  return repeated.has(key);
}

/** A row being gathered: per column, its lines, each line's runs. */
interface Building {
  cells: PdfItem[][][];
}

function cellLines(
  columns: PdfColumns,
  index: number,
  lines: readonly PdfItem[][],
): CellLine[] {
  const [left, right] = columnEdges(columns, index);
  return lines.map((items) => {
    const end = Math.max(...items.map((item) => item.x + item.width));
    const fill = Math.round(((end - left) / (right - left)) * 1000) / 1000;
    return {
      text: cleanPastedText(joinItems(items)),
      fill: Math.min(1, Math.max(0, fill)),
    };
  });
}

function toRow(columns: PdfColumns, building: Building, page: number): PdfRow {
  const lines = building.cells.map((cell, i) => cellLines(columns, i, cell));
  return {
    line: 0,
    page,
    lines,
    cells: lines.map(cellText),
  };
}

function startsMeasure(cell: string): boolean {
  return readTitle(cell).number !== null;
}

/** The title column's text of a row being built (or the number column's, if any). */
function leadText(columns: PdfColumns, cells: readonly PdfItem[][][]): string {
  const index = columns.map.get('number') ?? columns.map.get('title') ?? 0;
  return (cells[index] ?? []).map(joinItems).join(' ');
}

/** The lines of one page's table cut into rows. */
function pageRows(
  columns: PdfColumns,
  lines: readonly PdfLine[],
  pitch: number,
  page: number,
): PdfRow[] {
  const rows: PdfRow[] = [];
  const width = columns.borders.length + 1;
  let building: Building | null = null;
  let previousY = -Infinity;
  const lead = columns.map.get('number') ?? columns.map.get('title') ?? 0;
  for (const line of lines) {
    const parts: PdfItem[][] = Array.from({ length: width }, () => []);
    for (const item of line.items) parts[columnAt(columns, item.x)]?.push(item);
    const leading = parts[lead] ?? [];
    const opens =
      leading.length > 0 &&
      startsMeasure(joinItems(leading)) &&
      building !== null &&
      leadText(columns, building.cells) !== '';
    if (!building || line.y - previousY > pitch * 1.3 || opens) {
      if (building) rows.push(toRow(columns, building, page));
      building = { cells: Array.from({ length: width }, () => []) };
    }
    const { cells } = building;
    parts.forEach((items, i) => {
      if (items.length > 0) cells[i]?.push(items);
    });
    previousY = line.y;
  }
  if (building) rows.push(toRow(columns, building, page));
  return rows;
}

/** A page's first row goes on with the last row of the page before: join them. */
function continues(columns: PdfColumns, last: PdfRow, next: PdfRow): boolean {
  const lead = columns.map.get('number') ?? columns.map.get('title') ?? 0;
  const title = readTitle(next.cells[lead] ?? '');
  if (title.continued) return false; // "(ต่อ)": the reader joins it by its title
  if (title.title === '' && title.number === null) return true;
  return (
    title.number === null && readTitle(last.cells[lead] ?? '').number !== null
  );
}

function join(last: PdfRow, next: PdfRow): PdfRow {
  const lines = last.lines.map((cell, i) => [
    ...cell,
    ...(next.lines[i] ?? []),
  ]);
  return {
    ...last,
    lines,
    cells: lines.map(cellText),
  };
}

/**
 * The page's header row: of the bands of lines that read as one, the one
 * with the most headings recognised, then the one of more lines (a heading
 * wrapped onto two), then the lower one (a title line just above the table
 * is not a heading).
 */
function findHeader(
  lines: readonly PdfLine[],
  pitch: number,
  options: ParseOptions,
): HeaderBand | null {
  let best: HeaderBand | null = null;
  for (let i = 0; i < Math.min(lines.length, 60); i++) {
    const band = headerAt(lines, i, pitch, options);
    if (!band) continue;
    const size = band.end - band.start;
    if (
      !best ||
      band.map.size > best.map.size ||
      (band.map.size === best.map.size && size >= best.end - best.start)
    ) {
      best = band;
    }
  }
  return best;
}

export type PdfGrid =
  { ok: true; rows: PdfRow[] } | { ok: false; error: 'noText' };

/**
 * gridFromPdf(pages of a printed report) → its rows: the title block as
 * one-cell rows, the header row, one row per table row.
 */
export function gridFromPdf(
  pages: readonly PdfPage[],
  options: ParseOptions = {},
): PdfGrid {
  const allLines = pages.map(pageLines);
  if (allLines.every((lines) => lines.length === 0)) {
    return { ok: false, error: 'noText' };
  }
  const pitch = linePitch(allLines);
  const repeated = repeatedLines(allLines);
  const rows: PdfRow[] = [];
  let columns: PdfColumns | null = null;
  let lastData: PdfRow | null = null;
  allLines.forEach((lines, p) => {
    const page = p + 1;
    const header = findHeader(lines, pitch, options);
    const kept = (from: number) =>
      lines.slice(from).filter((line) => !isRunning(line, repeated));
    let body: PdfLine[];
    if (header) {
      if (!columns) {
        // Above the first header: the title block, a line a row.
        for (const line of lines.slice(0, header.start)) {
          if (!isRunning(line, repeated)) {
            const text = joinItems(line.items);
            rows.push({
              line: 0,
              page,
              lines: [[{ text, fill: 1 }]],
              cells: [text],
            });
          }
        }
      }
      body = kept(header.end);
      columns = columnsOf(header, body);
      const headings = columns.headings;
      rows.push({
        line: 0,
        page,
        cells: headings,
        lines: headings.map((text) => [{ text, fill: 1 }]),
      });
    } else if (columns) {
      body = kept(0);
    } else {
      // No table yet: the page is all title block (or text the reader will name).
      for (const line of kept(0)) {
        const text = joinItems(line.items);
        rows.push({
          line: 0,
          page,
          lines: [[{ text, fill: 1 }]],
          cells: [text],
        });
      }
      return;
    }
    const found = pageRows(columns, body, pitch, page);
    const first = found[0];
    if (first && lastData && continues(columns, lastData, first)) {
      const index = rows.lastIndexOf(lastData);
      rows[index] = lastData = join(lastData, first);
      found.shift();
    }
    rows.push(...found);
    lastData = found.at(-1) ?? lastData;
  });
  return { ok: true, rows: rows.map((row, i) => ({ ...row, line: i + 1 })) };
}
