/**
 * One column of a report row, as the printed page lays it out: its
 * paragraphs (a method step, a line of a result, a link), each a run of
 * printed lines with their heights in CSS pixels. A page break cuts a column
 * between paragraphs, or between the lines of a long one.
 */

/** Orphans and widows: a paragraph cut by a page break keeps this many lines on each side. */
export const KEEP_LINES = 2;

export interface MeasuredColumn {
  /** The printed lines' heights, every paragraph's one after the other. */
  lines: readonly number[];
  /** Where each paragraph starts, as an index in `lines`; ascending, from 0. */
  paragraphs: readonly number[];
}

/** heightOf(column, 0, column.lines.length) is the column's whole height. */
export function heightOf(
  column: MeasuredColumn,
  from: number,
  to: number,
): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += column.lines[i] ?? 0;
  return sum;
}

/** The paragraph that holds line `line`: its first line and the line after its last. */
function paragraphAround(column: MeasuredColumn, line: number) {
  let start = 0;
  let end = column.lines.length;
  for (const at of column.paragraphs) {
    if (at <= line) start = at;
    else {
      end = at;
      break;
    }
  }
  return { start, end };
}

export interface CutRules {
  /** Space a cut between paragraphs may leave unused before a cut between lines is preferred. */
  slack: number;
  /** On an otherwise empty page: take what fits even against the line rules, so the report moves on. */
  mustProgress: boolean;
}

/**
 * Where a page with `space` pixels left cuts the column that continues at
 * line `from`: the line after the last one it takes (`from` takes nothing).
 * cutColumn({ lines: [20, 20, 20], paragraphs: [0, 1, 2] }, 0, 45, rules) === 2
 */
export function cutColumn(
  column: MeasuredColumn,
  from: number,
  space: number,
  rules: CutRules,
): number {
  const total = column.lines.length;
  let fits = from;
  let used = 0;
  // A hundredth of a pixel: sums of fractional heights must not refuse an exact fit.
  for (let line = column.lines[fits]; line !== undefined;) {
    if (used + line > space + 0.01) break;
    used += line;
    line = column.lines[++fits];
  }
  if (fits === total || fits === from) return fits;
  const boundary = column.paragraphs.findLast((at) => at > from && at <= fits);
  if (boundary !== undefined && heightOf(column, boundary, fits) <= rules.slack)
    return boundary;
  // Between the lines of the paragraph the page ends in, keeping enough of
  // it on each side; else before that paragraph, whatever it leaves unused.
  const { start, end } = paragraphAround(column, fits);
  const cut = Math.min(fits, end - KEEP_LINES);
  if (cut - Math.max(start, from) >= KEEP_LINES) return cut;
  if (boundary !== undefined) return boundary;
  return rules.mustProgress ? fits : from;
}
