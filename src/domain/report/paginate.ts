/**
 * The printed report cut into pages, as a Word report is: the header row on
 * every page, a measure that does not fit continued on the next page under
 * its title with "(ต่อ)", and the sign-off kept with the last rows. Pure: it
 * works on heights the page measured at the printed width (features/report),
 * so the same heights always give the same pages.
 */
import { cutColumn, heightOf, type MeasuredColumn } from './cut-column';
import type { ReportColumn } from './report-columns';

/** Columns whose text runs on over a page break, cut between paragraphs or lines. */
export const FLOW_COLUMNS = [
  'methods',
  'result',
  'suggestions',
  'outcome',
] as const satisfies readonly ReportColumn[];
export type FlowColumn = (typeof FLOW_COLUMNS)[number];
/** Something for each flowing column. */
export type Flows<T> = Readonly<Record<FlowColumn, T>>;

/** mapFlows((column) => column.length).methods === 7 */
export function mapFlows<T>(make: (column: FlowColumn) => T): Flows<T> {
  return {
    methods: make('methods'),
    result: make('result'),
    suggestions: make('suggestions'),
    outcome: make('outcome'),
  };
}

/**
 * A row that does not fit what is left of a page starts on the next page
 * whole, when it fits there and less than this share of a page is left:
 * a sliver of a measure at the foot of a page helps no reader.
 */
export const KEEP_WHOLE_BELOW = 1 / 3;
/** A cut between paragraphs may leave up to this share of a page unused. */
export const PARAGRAPH_SLACK = 1 / 4;

export interface MeasuredRow {
  /** The title cell's content, as first printed and as continued ("… (ต่อ)"). */
  title: number;
  continuedTitle: number;
  /** The tallest of the cells every piece repeats whole (period, units). */
  repeated: number;
  flows: Flows<MeasuredColumn>;
  /** What a row adds to its tallest cell's content: padding and borders. */
  extra: number;
}

export interface PageGeometry {
  /** The height a page gives the title block, the table and the sign-off. */
  capacity: number;
  /** The title block, on the first page only. */
  titleBlock: number;
  /** The table's header row, on every page. */
  header: number;
  /** The sign-off with the space above it. */
  signOff: number;
}

/** A part of a row on one page: for each flowing column, the lines [from, to) it prints. */
export interface PlannedPiece {
  row: number;
  /** Not the row's first piece: its title says "(ต่อ)". */
  continued: boolean;
  flows: Flows<{ from: number; to: number }>;
}

export interface PlannedPage {
  pieces: PlannedPiece[];
  /** The sign-off is printed on this page, under its rows. */
  signOff: boolean;
}

interface Layout {
  pages: PlannedPage[];
  /** Height used on the last page. */
  used: number;
}

type Lines = Flows<number>;

function newPage(layout: Layout, geometry: PageGeometry): PlannedPage {
  const page: PlannedPage = { pieces: [], signOff: false };
  layout.pages.push(page);
  layout.used = geometry.header;
  return page;
}

const fixedOf = (row: MeasuredRow, continued: boolean) =>
  Math.max(continued ? row.continuedTitle : row.title, row.repeated);

/** The height of the tallest column's lines [from, to). */
function tallest(row: MeasuredRow, from: Lines, to: Lines): number {
  return Math.max(
    ...FLOW_COLUMNS.map((c) => heightOf(row.flows[c], from[c], to[c])),
  );
}

function pieceHeight(
  row: MeasuredRow,
  continued: boolean,
  from: Lines,
  to: Lines,
): number {
  return row.extra + Math.max(fixedOf(row, continued), tallest(row, from, to));
}

/**
 * Lays out one row, piece by piece. `reserve` is room its last piece must
 * leave on its page (the sign-off, for the last row).
 */
function placeRow(
  layout: Layout,
  geometry: PageGeometry,
  index: number,
  row: MeasuredRow,
  reserve: number,
): void {
  const ends = mapFlows((c) => row.flows[c].lines.length);
  const fresh = geometry.capacity - geometry.header;
  let page = layout.pages[layout.pages.length - 1] ?? newPage(layout, geometry);
  let from: Lines = mapFlows(() => 0);
  let continued = false;
  const place = (to: Lines) => {
    page.pieces.push({
      row: index,
      continued,
      flows: mapFlows((c) => ({ from: from[c], to: to[c] })),
    });
    layout.used += pieceHeight(row, continued, from, to);
  };
  for (;;) {
    const empty = page.pieces.length === 0;
    const space = geometry.capacity - layout.used;
    const whole = pieceHeight(row, continued, from, ends);
    if (whole + reserve <= space) return place(ends);
    if (
      !empty &&
      whole + reserve <= fresh &&
      space < fresh * KEEP_WHOLE_BELOW
    ) {
      page = newPage(layout, geometry);
      continue;
    }
    // What fits here. When the rest fits but not with the reserve, the
    // tallest column leaves its last lines over, and the reserve goes with them.
    const room =
      whole <= space ? tallest(row, from, ends) - 1 : space - row.extra;
    const rules = {
      slack: fresh * PARAGRAPH_SLACK,
      mustProgress: empty,
    };
    const to =
      fixedOf(row, continued) <= room
        ? mapFlows((c) => cutColumn(row.flows[c], from[c], room, rules))
        : from;
    const progress = FLOW_COLUMNS.some((c) => to[c] > from[c]);
    const done = FLOW_COLUMNS.every((c) => to[c] === ends[c]);
    if (progress && !done) {
      place(to);
      page = newPage(layout, geometry);
      from = to;
      continued = true;
    } else if (!empty) {
      page = newPage(layout, geometry);
    } else {
      // Nothing can be cut (a title taller than a page): it prints whole
      // and runs over, rather than stopping the report.
      return place(ends);
    }
  }
}

/**
 * The report's pages: paginate(rows, geometry)[0].pieces[0] is the first
 * measure, under the title block; the last page has the sign-off and at
 * least a piece of the last measure.
 */
export function paginate(
  rows: readonly MeasuredRow[],
  geometry: PageGeometry,
): PlannedPage[] {
  const layout: Layout = { pages: [], used: 0 };
  newPage(layout, geometry);
  layout.used += geometry.titleBlock;
  rows.forEach((row, index) => {
    const last = index === rows.length - 1;
    placeRow(layout, geometry, index, row, last ? geometry.signOff : 0);
  });
  // Only when the last row could not be cut at all does the sign-off go to
  // a page of its own, rather than run over the edge.
  let page = layout.pages[layout.pages.length - 1];
  if (!page || layout.used + geometry.signOff > geometry.capacity + 0.01)
    page = newPage(layout, geometry);
  page.signOff = true;
  return layout.pages;
}
