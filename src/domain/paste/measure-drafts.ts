/**
 * Gathering a pasted table's rows into measures. A measure runs over several
 * rows when a page break cuts it: the next page repeats the header and goes on
 * with a row titled "… (ต่อ)" (or, in a Word table, a row with an empty title),
 * whose cells either continue the text or merely repeat the cell above.
 */
import type { PasteColumn } from './headings';
import type { readTitle } from './read-cells';
import { squash } from './read-cells';

/** The cells a measure's rows gave, column by column, repeats left out. */
export interface MeasureDraft {
  line: number;
  number: number | null;
  title: string;
  parts: Map<PasteColumn, string[]>;
  /** The columns its rows had, empty or not. */
  columns: Set<PasteColumn>;
}

export type RowTitle = ReturnType<typeof readTitle>;

function sameTitle(draft: MeasureDraft, title: RowTitle): boolean {
  const numbersAgree =
    draft.number === null ||
    title.number === null ||
    draft.number === title.number;
  return numbersAgree && squash(draft.title) === squash(title.title);
}

/**
 * The measure a row continues, or null when the row starts a new one (or,
 * if it is marked as a continuation, belongs to none).
 */
export function continuedMeasure(
  drafts: readonly MeasureDraft[],
  title: RowTitle,
): MeasureDraft | null {
  const last = drafts.at(-1) ?? null;
  const untitled = title.title === '' && title.number === null;
  if (untitled) return last;
  if (title.continued) {
    return drafts.findLast((draft) => sameTitle(draft, title)) ?? null;
  }
  // A page break that repeats the row without marking it (ต่อ).
  return last && title.number !== null && sameTitle(last, title) ? last : null;
}

/** A row that opens no measure and continues none. */
export function isOrphan(
  drafts: readonly MeasureDraft[],
  title: RowTitle,
): boolean {
  return (
    continuedMeasure(drafts, title) === null &&
    (title.continued || (title.title === '' && title.number === null))
  );
}

export function newDraft(line: number, title: RowTitle): MeasureDraft {
  return {
    line,
    number: title.number,
    title: title.title,
    parts: new Map(),
    columns: new Set(),
  };
}

/**
 * Adds a row's cell to the measure unless it is empty or repeats a part
 * already taken (a continuation row repeats the period, the units, …).
 * Returns false when it was a repeat or empty.
 */
export function addPart(
  draft: MeasureDraft,
  column: PasteColumn,
  cell: string,
): boolean {
  draft.columns.add(column);
  const key = squash(cell);
  if (key === '') return false;
  const parts = draft.parts.get(column) ?? [];
  if (parts.some((part) => squash(part) === key)) return false;
  parts.push(cell);
  draft.parts.set(column, parts);
  return true;
}

/** joined(draft, 'outcome') === the outcome parts, one after the other */
export function joined(draft: MeasureDraft, column: PasteColumn): string {
  return (draft.parts.get(column) ?? []).join(' ');
}
