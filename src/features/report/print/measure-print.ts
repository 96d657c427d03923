/**
 * Measuring the report as it prints: the measurer (report-measurer.tsx) lays
 * out one sheet at the printed width, every row in one table, and this reads
 * the heights that paginate() needs, line by line, and later where in a
 * paragraph's text a printed line starts. Chromium lays out print with the
 * same engine and font at the same width in CSS pixels, so the lines are the
 * same; SAFETY leaves room for rounding and for zoom-dependent line breaks.
 */
import type { MeasuredColumn } from '@/domain/report/cut-column';
import {
  mapFlows,
  type Flows,
  type MeasuredRow,
  type PageGeometry,
} from '@/domain/report/paginate';

/** About a line and a half of the table's text, left unused on every page. */
const SAFETY = 24;

export interface MeasuredParagraph {
  element: HTMLElement;
  tops: number[];
}

export interface Measured {
  geometry: PageGeometry;
  rows: MeasuredRow[];
  /** For each row and flowing column: each paragraph's element and line tops. */
  paragraphs: Flows<MeasuredParagraph[]>[];
}

const heightOf = (element: Element | null | undefined) =>
  element?.getBoundingClientRect().height ?? 0;

/** The tops of the printed lines of an element's text, top to bottom. */
function lineTops(element: HTMLElement): number[] {
  const range = document.createRange();
  range.selectNodeContents(element);
  const tops: number[] = [];
  for (const rect of range.getClientRects()) {
    if (rect.width === 0 && rect.height === 0) continue;
    // Runs of one line (a link, a change of font) share its top.
    if (!tops.some((top) => Math.abs(top - rect.top) < rect.height / 2))
      tops.push(rect.top);
  }
  return tops.sort((a, b) => a - b);
}

/** A paragraph's lines as heights: from one line's top to the next, the last to its bottom. */
function lineHeights(element: HTMLElement, tops: readonly number[]): number[] {
  const box = element.getBoundingClientRect();
  if (tops.length === 0) return [box.height];
  const first = tops[0] ?? 0;
  const starts = tops.map((top) => box.top + (top - first));
  return starts.map((start, i) => (starts[i + 1] ?? box.bottom) - start);
}

function measureColumn(cell: Element | null) {
  const column: MeasuredColumn & { lines: number[]; paragraphs: number[] } = {
    lines: [],
    paragraphs: [],
  };
  const paragraphs: MeasuredParagraph[] = [];
  const elements = cell?.querySelectorAll<HTMLElement>('.report-para') ?? [];
  for (const element of elements) {
    const tops = lineTops(element);
    column.paragraphs.push(column.lines.length);
    column.lines.push(...lineHeights(element, tops));
    paragraphs.push({ element, tops });
  }
  return { column, paragraphs };
}

/** Everything paginate() needs, or null when the measurer is not laid out (printing, hidden). */
export function measurePrint(sheet: HTMLElement): Measured | null {
  const body = sheet.querySelector('.report-sheet-body');
  const table = sheet.querySelector('table');
  const head = table?.querySelector('thead tr');
  if (!body || !table || !head || heightOf(body) === 0) return null;
  const rows: MeasuredRow[] = [];
  const paragraphs: Measured['paragraphs'] = [];
  let rowsHeight = 0;
  for (const tr of table.querySelectorAll('tbody tr')) {
    const flows = mapFlows((c) =>
      measureColumn(tr.querySelector(`[data-flow="${c}"]`)),
    );
    const title = heightOf(tr.querySelector('[data-part="title"]'));
    const repeated = Math.max(
      ...[...tr.querySelectorAll('[data-part="repeated"]')].map(heightOf),
    );
    const contents = [...tr.querySelectorAll('.report-cell-body')].map(
      heightOf,
    );
    const height = heightOf(tr);
    rowsHeight += height;
    rows.push({
      title,
      continuedTitle: heightOf(tr.querySelector('[data-part="continued"]')),
      repeated,
      flows: mapFlows((c) => flows[c].column),
      extra: height - Math.max(...contents),
    });
    paragraphs.push(mapFlows((c) => flows[c].paragraphs));
  }
  const bodyBox = body.getBoundingClientRect();
  const tableBox = table.getBoundingClientRect();
  const signOff = sheet.querySelector('.report-sign-off');
  return {
    geometry: {
      capacity: bodyBox.height - SAFETY,
      titleBlock: tableBox.top - bodyBox.top,
      // The header row and what the table's own borders add.
      header: tableBox.height - rowsHeight,
      signOff: signOff
        ? signOff.getBoundingClientRect().bottom - tableBox.bottom
        : 0,
    },
    rows,
    paragraphs,
  };
}

/** The top of the first visible character at or after `offset`. */
function topAt(text: Text, offset: number): number {
  const range = document.createRange();
  for (let at = offset; at < text.length; at++) {
    range.setStart(text, at);
    range.setEnd(text, at + 1);
    const rect = range.getClientRects()[0];
    if (rect && rect.height > 0) return rect.top;
  }
  return Infinity;
}

/**
 * Where line `line` of a measured paragraph starts in its text: the first
 * character printed on that line (found by halving, as tops only grow).
 */
export function lineStartOf(
  paragraph: { element: HTMLElement; tops: readonly number[] },
  line: number,
): number {
  const text = paragraph.element.firstChild;
  const top = paragraph.tops[line];
  if (!(text instanceof Text) || top === undefined) return 0;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (topAt(text, middle) >= top - 1) high = middle;
    else low = middle + 1;
  }
  return low;
}
