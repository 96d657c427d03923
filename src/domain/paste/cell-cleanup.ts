/**
 * A preview cell's text and the wrap spaces the person accepted to remove.
 * The text stays as pasted until then: a proposal is only a proposal
 * (wrap-spaces.ts), and what reaches the import is `cleaned(cell)`.
 */
import { applyAccepted, proposeWrapSpaces } from './wrap-spaces';

export interface CleanableText {
  /** The cell's text as pasted or as last typed. */
  text: string;
  /** Offsets (in `text`) of the proposed wrap spaces accepted for removal. */
  accepted: readonly number[];
}

/** A proposed wrap space, and whether it is accepted. */
export interface WrapMark {
  at: number;
  length: number;
  accepted: boolean;
}

/** cleanable('ความ เสี่ยง') → the text with nothing accepted yet */
export function cleanable(text: string): CleanableText {
  return { text, accepted: [] };
}

// Proposals by text: the preview asks for every cell's on each keystroke in
// any one of them, and a report's cells take tens of milliseconds together.
const proposed = new Map<string, readonly { at: number; length: number }[]>();
const CACHED_TEXTS = 2000;

function wrapsIn(text: string) {
  let wraps = proposed.get(text);
  if (!wraps) {
    if (proposed.size >= CACHED_TEXTS) proposed.clear();
    wraps = proposeWrapSpaces(text).filter((p) => p.verdict === 'wrap');
    proposed.set(text, wraps);
  }
  return wraps;
}

/** The wrap spaces proposed in the cell, each with its state, in text order. */
export function wrapMarks(cell: CleanableText): WrapMark[] {
  const accepted = new Set(cell.accepted);
  return wrapsIn(cell.text).map(({ at, length }) => ({
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
  return { text: cell.text, accepted: wrapMarks(cell).map((m) => m.at) };
}

/** Accepts the proposal at `at`, or keeps its space again; the same cell where none is proposed. */
export function toggleWrap(cell: CleanableText, at: number): CleanableText {
  if (!wrapMarks(cell).some((mark) => mark.at === at)) return cell;
  const accepted = cell.accepted.includes(at)
    ? cell.accepted.filter((offset) => offset !== at)
    : [...cell.accepted, at];
  return { text: cell.text, accepted };
}
