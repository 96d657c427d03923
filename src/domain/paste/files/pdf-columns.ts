/**
 * Where a PDF table's columns are: found from its header row. The headings'
 * runs that overlap side by side are one column's heading (a heading may
 * wrap onto several lines, centred); the border between two columns is the
 * widest gap between their headings that no text of the rows below crosses.
 */
import { extraHeadings, readHeader, type ColumnMap } from '../headings';
import type { ParseOptions } from '../parse-options';
import { joinItems, type PdfItem, type PdfLine } from './pdf-lines';

export interface PdfColumns {
  /** Right border of each column but the last. */
  borders: number[];
  left: number;
  right: number;
  headings: string[];
  map: ColumnMap;
}

interface Cluster {
  minX: number;
  maxX: number;
  items: PdfItem[];
}

function clusters(lines: readonly PdfLine[]): Cluster[] {
  const items = lines.flatMap((line) => line.items).sort((a, b) => a.x - b.x);
  const found: Cluster[] = [];
  for (const item of items) {
    const last = found.at(-1);
    const end = item.x + item.width;
    if (last && item.x < last.maxX + item.height * 0.3) {
      last.maxX = Math.max(last.maxX, end);
      last.items.push(item);
    } else found.push({ minX: item.x, maxX: end, items: [item] });
  }
  return found;
}

function headingText(cluster: Cluster): string {
  const byLine = new Map<number, PdfItem[]>();
  for (const item of cluster.items) {
    const key = [...byLine.keys()].find(
      (y) => Math.abs(y - item.y) <= item.height * 0.3,
    );
    byLine.set(key ?? item.y, [...(byLine.get(key ?? item.y) ?? []), item]);
  }
  return [...byLine.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, items]) => joinItems(items.sort((a, b) => a.x - b.x)))
    .join(' ');
}

export interface HeaderBand {
  start: number;
  end: number;
  columns: Cluster[];
  map: ColumnMap;
}

/**
 * The header row starting at a line: the lines that follow it closely (at
 * most four), as many as give the most recognised headings.
 */
export function headerAt(
  lines: readonly PdfLine[],
  start: number,
  pitch: number,
  options: ParseOptions,
): HeaderBand | null {
  const extra = extraHeadings(options.headings ?? {});
  let best: HeaderBand | null = null;
  for (let end = start + 1; end <= Math.min(lines.length, start + 4); end++) {
    const [above, last] = [lines[end - 2], lines[end - 1]];
    if (end > start + 1 && above && last && last.y - above.y > pitch * 1.3) {
      break;
    }
    const band = clusters(lines.slice(start, end));
    const map = readHeader(band.map(headingText), extra);
    if (map && (!best || map.size >= best.map.size)) {
      best = { start, end, columns: band, map };
    }
  }
  return best;
}

/** The widest stretch of [from, to] that no run of `items` covers; its middle. */
function freeMiddle(
  items: readonly PdfItem[],
  from: number,
  to: number,
): number {
  const spans = items
    .map((item) => [item.x, item.x + item.width] as const)
    .filter(([a, b]) => b > from && a < to)
    .sort((a, b) => a[0] - b[0]);
  let at = from;
  let best = { length: -1, middle: (from + to) / 2 };
  for (const [a, b] of [...spans, [to, to] as const]) {
    if (a > at && a - at > best.length) {
      best = { length: a - at, middle: (at + Math.min(a, to)) / 2 };
    }
    at = Math.max(at, b);
  }
  return best.middle;
}

/** The columns a header band gives, with borders placed by the rows below it. */
export function columnsOf(
  band: HeaderBand,
  below: readonly PdfLine[],
): PdfColumns {
  const items = below.flatMap((line) => line.items);
  const { columns } = band;
  const borders = columns
    .slice(1)
    .map((next, i) =>
      freeMiddle(items, columns[i]?.maxX ?? next.minX, next.minX),
    );
  let left = columns[0]?.minX ?? 0;
  let right = columns.at(-1)?.maxX ?? left;
  for (const item of items) {
    left = Math.min(left, item.x);
    right = Math.max(right, item.x + item.width);
  }
  return {
    borders,
    left,
    right,
    headings: columns.map(headingText),
    map: band.map,
  };
}

/** Which column a run starting at x is in. */
export function columnAt(columns: PdfColumns, x: number): number {
  const index = columns.borders.findIndex((border) => x < border);
  return index < 0 ? columns.borders.length : index;
}

/** A column's left and right edge. */
export function columnEdges(
  columns: PdfColumns,
  index: number,
): [number, number] {
  return [
    columns.borders[index - 1] ?? columns.left,
    columns.borders[index] ?? columns.right,
  ];
}
