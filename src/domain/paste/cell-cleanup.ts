/**
 * A preview cell's text and the wrap spaces the person accepted to remove.
 * The text stays as pasted until then: a proposal is only a proposal
 * (wrap-spaces.ts), and what reaches the import is `cleaned(cell)`.
 */
import { lineEndsIn, type PrintedBreak } from './printed-breaks';
import { applyAccepted, proposeWrapSpaces } from './wrap-spaces';

export interface CleanableText {
  /** The cell's text as pasted or as last typed. */
  text: string;
  /** Offsets (in `text`) of the proposed wrap spaces accepted for removal. */
  accepted: readonly number[];
  /**
   * From a PDF: where its printed lines broke (its measure's, found again
   * by their words), so only spaces at a line's end are proposed.
   */
  breaks?: readonly PrintedBreak[];
}

/** A proposed wrap space, and whether it is accepted. */
export interface WrapMark {
  at: number;
  length: number;
  accepted: boolean;
}

/** cleanable('ความ เสี่ยง') → the text with nothing accepted yet */
export function cleanable(
  text: string,
  breaks?: readonly PrintedBreak[],
): CleanableText {
  return breaks ? { text, accepted: [], breaks } : { text, accepted: [] };
}

type Wraps = readonly { at: number; length: number }[];

// Proposals by text (and by the measure's breaks, for a PDF): the preview
// asks for every cell's on each keystroke in any one of them, and a report's
// cells take tens of milliseconds together.
const proposed = new Map<string, Wraps>();
const proposedWithBreaks = new WeakMap<
  readonly PrintedBreak[],
  Map<string, Wraps>
>();
const CACHED_TEXTS = 2000;

function wrapsIn(text: string, breaks?: readonly PrintedBreak[]) {
  let cache = proposed;
  if (breaks) {
    cache = proposedWithBreaks.get(breaks) ?? new Map<string, Wraps>();
    proposedWithBreaks.set(breaks, cache);
  }
  let wraps = cache.get(text);
  if (!wraps) {
    if (cache.size >= CACHED_TEXTS) cache.clear();
    const hints = breaks ? { lineEnds: lineEndsIn(text, breaks) } : {};
    wraps = proposeWrapSpaces(text, hints).filter((p) => p.verdict === 'wrap');
    cache.set(text, wraps);
  }
  return wraps;
}

/** The wrap spaces proposed in the cell, each with its state, in text order. */
export function wrapMarks(cell: CleanableText): WrapMark[] {
  const accepted = new Set(cell.accepted);
  return wrapsIn(cell.text, cell.breaks).map(({ at, length }) => ({
    at,
    length,
    accepted: accepted.has(at),
  }));
}

/** The text that is imported: the accepted spaces removed. */
export function cleaned(cell: CleanableText): string {
  return applyAccepted(cell.text, cell.accepted);
}

/** How many proposals are still waiting for the person. */
export function pendingWraps(cell: CleanableText): number {
  return wrapMarks(cell).filter((mark) => !mark.accepted).length;
}

/** Every proposal of the cell accepted. */
export function acceptAllWraps(cell: CleanableText): CleanableText {
  return { ...cell, accepted: wrapMarks(cell).map((m) => m.at) };
}

/** Accepts the proposal at `at`, or keeps its space again; the same cell where none is proposed. */
export function toggleWrap(cell: CleanableText, at: number): CleanableText {
  if (!wrapMarks(cell).some((mark) => mark.at === at)) return cell;
  const accepted = cell.accepted.includes(at)
    ? cell.accepted.filter((offset) => offset !== at)
    : [...cell.accepted, at];
  return { ...cell, accepted };
}
