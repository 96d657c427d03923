import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { cutColumn, heightOf, type MeasuredColumn } from './cut-column';
import {
  FLOW_COLUMNS,
  paginate,
  type MeasuredRow,
  type PageGeometry,
  type PlannedPage,
} from './paginate';

const LINE = 20;
/** A column of paragraphs of so many 20-pixel lines each. */
const column = (...paragraphs: number[]): MeasuredColumn => {
  const lines: number[] = [];
  const starts: number[] = [];
  for (const count of paragraphs) {
    starts.push(lines.length);
    for (let i = 0; i < count; i++) lines.push(LINE);
  }
  return { lines, paragraphs: starts };
};
const row = (
  methods: MeasuredColumn,
  result: MeasuredColumn = column(1),
): MeasuredRow => ({
  title: 2 * LINE,
  continuedTitle: 3 * LINE,
  repeated: LINE,
  flows: { methods, result, suggestions: column(1), outcome: column(1) },
  extra: 10,
});
// 500 px a page: 50 of header row leave 450 for rows (22 lines and some).
const geometry: PageGeometry = {
  capacity: 500,
  titleBlock: 60,
  header: 50,
  signOff: 100,
};
const rules = { slack: 100, mustProgress: false };

/** The height each page uses, as the plan lays it out. */
function usedHeights(
  pages: PlannedPage[],
  rows: readonly MeasuredRow[],
  g: PageGeometry,
): number[] {
  return pages.map((page, p) => {
    let used = g.header + (p === 0 ? g.titleBlock : 0);
    for (const piece of page.pieces) {
      const r = rows[piece.row]!;
      const fixed = Math.max(
        piece.continued ? r.continuedTitle : r.title,
        r.repeated,
      );
      const flows = FLOW_COLUMNS.map((c) =>
        heightOf(r.flows[c], piece.flows[c].from, piece.flows[c].to),
      );
      used += r.extra + Math.max(fixed, ...flows);
    }
    return used + (page.signOff ? g.signOff : 0);
  });
}

describe('cutColumn', () => {
  it('takes every line that fits, and all of a column that fits', () => {
    expect(cutColumn(column(1, 1, 1), 0, 45, rules)).toBe(2);
    expect(cutColumn(column(1, 1, 1), 1, 100, rules)).toBe(3);
    expect(cutColumn(column(3), 0, 10, rules)).toBe(0);
  });

  it('cuts between paragraphs when that leaves little unused', () => {
    // Room for 5 lines: a paragraph of 2, then one of 6 → the cut after the 2
    // would leave 3 lines unused (60 px, within the slack of 100).
    expect(cutColumn(column(2, 6), 0, 100, rules)).toBe(2);
    // With a slack of 40 px, the page takes 5 lines, 3 of the long paragraph.
    expect(cutColumn(column(2, 6), 0, 100, { ...rules, slack: 40 })).toBe(5);
  });

  it('keeps two lines of a cut paragraph on each side', () => {
    const tight = { ...rules, slack: 0 };
    // 10 lines, room for 9: the last 2 go over together.
    expect(cutColumn(column(10), 0, 180, tight)).toBe(8);
    // Room for 1 line of a new paragraph: not alone at the foot of the page.
    expect(cutColumn(column(2, 5), 0, 60, tight)).toBe(2);
    // A paragraph of 3 cannot be cut 2 + 2: it goes over whole.
    expect(cutColumn(column(1, 3), 0, 60, tight)).toBe(1);
    expect(cutColumn(column(3), 0, 40, tight)).toBe(0);
    // … unless the page has nothing else: then what fits.
    expect(cutColumn(column(3), 0, 40, { ...tight, mustProgress: true })).toBe(
      2,
    );
  });
});

describe('paginate', () => {
  it('puts short rows and the sign-off on one page', () => {
    const pages = paginate([row(column(2)), row(column(3))], geometry);
    expect(pages).toEqual([
      {
        pieces: [
          {
            row: 0,
            continued: false,
            flows: {
              methods: { from: 0, to: 2 },
              result: { from: 0, to: 1 },
              suggestions: { from: 0, to: 1 },
              outcome: { from: 0, to: 1 },
            },
          },
          expect.objectContaining({ row: 1, continued: false }),
        ],
        signOff: true,
      },
    ]);
  });

  it('continues a long measure on the next page, title "(ต่อ)", every line once', () => {
    // 30 steps of one line: more than a page.
    const long = row(column(...Array.from({ length: 30 }, () => 1)));
    const pages = paginate([long], geometry);
    expect(pages).toHaveLength(2);
    const [first, second] = pages.map((p) => p.pieces[0]!);
    expect(first!.continued).toBe(false);
    expect(second!.continued).toBe(true);
    const cut = first!.flows.methods.to;
    expect(first!.flows.methods).toEqual({ from: 0, to: cut });
    expect(second!.flows.methods).toEqual({ from: cut, to: 30 });
    // The short columns print in the first piece and nothing after.
    expect(second!.flows.result).toEqual({ from: 1, to: 1 });
    expect(pages[1]!.signOff).toBe(true);
  });

  it('moves a row whole to the next page when little of this one is left', () => {
    // The first row leaves 3 lines' room; the second (12 lines) fits a page.
    const pages = paginate(
      [row(column(...Array.from({ length: 16 }, () => 1))), row(column(12))],
      geometry,
    );
    expect(pages[0]!.pieces.map((p) => p.row)).toEqual([0]);
    expect(pages[1]!.pieces).toEqual([
      expect.objectContaining({ row: 1, continued: false }),
    ]);
  });

  it('never leaves the sign-off alone: the last rows go over with it', () => {
    // The row fits the first page, but not with the sign-off under it.
    const rows = [row(column(...Array.from({ length: 17 }, () => 1)))];
    const pages = paginate(rows, geometry);
    expect(pages).toHaveLength(2);
    expect(pages[1]!.signOff).toBe(true);
    expect(pages[1]!.pieces).toEqual([
      expect.objectContaining({ row: 0, continued: true }),
    ]);
    for (const used of usedHeights(pages, rows, geometry))
      expect(used).toBeLessThanOrEqual(geometry.capacity);
  });

  it('prints a title block and sign-off alone when there is no measure', () => {
    expect(paginate([], geometry)).toEqual([{ pieces: [], signOff: true }]);
  });

  // Paragraphs of 1–30 lines, the lines of one paragraph alike (14–30 px:
  // a line's height varies with its font more than within a paragraph).
  const measuredColumn = fc
    .array(
      fc.record({
        count: fc.integer({ min: 1, max: 30 }),
        height: fc.integer({ min: 14, max: 30 }),
      }),
      { maxLength: 5 },
    )
    .map((paragraphs): MeasuredColumn => {
      const lines: number[] = [];
      const starts: number[] = [];
      for (const { count, height } of paragraphs) {
        starts.push(lines.length);
        for (let i = 0; i < count; i++) lines.push(height);
      }
      return { lines, paragraphs: starts };
    });
  const measuredRow = fc.record({
    title: fc.integer({ min: 20, max: 120 }),
    continuedTitle: fc.integer({ min: 20, max: 140 }),
    repeated: fc.integer({ min: 20, max: 80 }),
    flows: fc.record({
      methods: measuredColumn,
      result: measuredColumn,
      suggestions: measuredColumn,
      outcome: measuredColumn,
    }),
    extra: fc.integer({ min: 4, max: 12 }),
  });
  const pageGeometry = fc.record({
    capacity: fc.integer({ min: 600, max: 800 }),
    titleBlock: fc.integer({ min: 40, max: 120 }),
    header: fc.integer({ min: 30, max: 80 }),
    signOff: fc.integer({ min: 60, max: 160 }),
  });

  it('prints every line once, in order, within the pages, the sign-off with the last row', () => {
    fc.assert(
      fc.property(
        fc.array(measuredRow, { maxLength: 10 }),
        pageGeometry,
        (rows, g) => {
          const pages = paginate(rows, g);
          const pieces = pages.flatMap((p) => p.pieces);
          // Rows in order, each starting once and then continued; each
          // column's lines run on from piece to piece, none left out.
          const printed = rows.map((_, index) => {
            const own = pieces.filter((p) => p.row === index);
            return {
              continued: own.map((p) => p.continued),
              lines: FLOW_COLUMNS.map((c) =>
                own.map((p) => [p.flows[c].from, p.flows[c].to]),
              ),
            };
          });
          const expected = rows.map((r, index) => {
            const own = pieces.filter((p) => p.row === index);
            return {
              continued: own.map((_, i) => i > 0),
              lines: FLOW_COLUMNS.map((c) => {
                let at = 0;
                return own.map((p) => {
                  const next =
                    p === own.at(-1) ? r.flows[c].lines.length : p.flows[c].to;
                  const span = [at, next];
                  at = next;
                  return span;
                });
              }),
            };
          });
          expect(printed).toEqual(expected);
          expect(printed.every((row) => row.continued.length > 0)).toBe(true);
          const order = pieces.map((p) => p.row);
          expect(order).toEqual([...order].sort((a, b) => a - b));
          // Nothing runs over a page (these rows can always be cut).
          const over = usedHeights(pages, rows, g).filter(
            (used) => used > g.capacity + 0.01,
          );
          expect(over).toEqual([]);
          // One sign-off, on the last page, with a piece of the last row.
          expect(pages.map((p) => p.signOff)).toEqual(
            pages.map((_, i) => i === pages.length - 1),
          );
          if (rows.length > 0)
            expect(pages.at(-1)!.pieces.at(-1)?.row).toBe(rows.length - 1);
          // No page but the first is empty of rows.
          expect(pages.slice(1).every((p) => p.pieces.length > 0)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
