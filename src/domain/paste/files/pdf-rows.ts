/**
 * A PDF table's rows: a page's lines cut into rows where every column leaves
 * a gap wider than a line (the row's border and padding) or where the title
 * column opens the next numbered measure, each cell with its printed lines;
 * and a row a page break cut, joined again.
 */
import { readTitle } from '../read-cells';
import { cleanPastedText, type TextRow } from '../split-rows';
import { columnAt, columnEdges, type PdfColumns } from './pdf-columns';
import { joinItems, type PdfItem, type PdfLine } from './pdf-lines';

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
export function pageRows(
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
export function continues(
  columns: PdfColumns,
  last: PdfRow,
  next: PdfRow,
): boolean {
  const lead = columns.map.get('number') ?? columns.map.get('title') ?? 0;
  const title = readTitle(next.cells[lead] ?? '');
  if (title.continued) return false; // "(ต่อ)": the reader joins it by its title
  if (title.title === '' && title.number === null) return true;
  return (
    title.number === null && readTitle(last.cells[lead] ?? '').number !== null
  );
}

export function joinRows(last: PdfRow, next: PdfRow): PdfRow {
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
