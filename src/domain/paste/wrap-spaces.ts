/**
 * Spaces that may be line wraps. A PDF's text layer ends every printed line
 * with a space, and Thai writes no spaces between words, so "การประเมินความ
 * เสี่ยง" holds a space the author never typed. Thai does use spaces, between
 * phrases, around numbers, Latin words and brackets, after ๆ and ฯ: those stay.
 * Nothing is removed here: each space gets a verdict and its reason, for a
 * person to accept (`applyAccepted`). Propose on text already through
 * `repairThai` (pasted text is): the offsets are that text's.
 */
import { openingPhraseWord } from './phrase-words';

export type SpaceVerdict = 'wrap' | 'real';

/** Why a space got its verdict, for the preview to say. */
export type SpaceReason =
  /** real: a digit, Latin letter, bracket, bullet or punctuation beside it. */
  | 'notThai'
  /** real: after ๆ or ฯ, which Thai follows with a space. */
  | 'repeatMark'
  /** real: inside a printed line, where the PDF placed the words side by side. */
  | 'withinLine'
  /** real: the next line's first word would have fitted on the line: its author ended it. */
  | 'shortLine'
  /** real: before a word that opens a phrase (และ, เพื่อ, โดย, …). */
  | 'phraseWord'
  /** wrap: the two sides join into one word ("ติ ดตาม"). */
  | 'insideWord'
  /** wrap: after a slash with none before it ("แนวทาง/ มาตรการ"). */
  | 'slash'
  /**
   * wrap: Thai on both sides where a full printed line ended (also before a
   * phrase word the document writes joined: `LineEnd.joinedPhrase`).
   */
  | 'lineEnd'
  /** wrap: Thai on both sides, no line positions known, nothing says it is real. */
  | 'thaiBothSides';

export interface SpaceProposal {
  /** Offset of the space (its first, if several) in the text. */
  at: number;
  /** How many spaces stand there: all go when accepted. */
  length: number;
  verdict: SpaceVerdict;
  reason: SpaceReason;
}

/** Where a printed line ended in the text, when a PDF's positions tell it. */
export interface LineEnd {
  /** Offset of the space that joins the line to the next. */
  at: number;
  /** How much of the column's width the line took, 0–1. */
  fill: number;
  /** How much of it the next line took. */
  nextFill: number;
  /**
   * Whether its author ended the line (`endedByAuthor`), when it was told
   * on the cell as printed (printed-breaks.ts): the text the preview holds
   * may no longer have the next line as it was.
   */
  byAuthor?: boolean;
  /**
   * Whether the next line opens with a phrase word that the document writes
   * joined to the word before inside its lines (`joinedPhraseWords`): then
   * the space before it is a wrap like any other at a full line's end.
   */
  joinedPhrase?: boolean;
}

export interface WrapHints {
  /** The printed lines' ends: every space not among them was inside a line, so real. */
  lineEnds?: readonly LineEnd[];
}

// Room a line needs for one more word besides the word itself: a space, and
// the slack of estimating a word's width from its share of its line's letters.
const SLACK = 0.08;

// Letters of Thai words: consonants, vowels and marks; not digits, ๆ or ฯ.
const THAI_LETTER = /[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45]|[\u0e47-\u0e4e]/;

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** Whether the segmenter reads one word across the join of `left` and `right`. */
function joinsIntoWord(left: string, right: string): boolean {
  const at = left.length;
  for (const { index, segment } of segmenter.segment(left + right)) {
    if (index < at && index + segment.length > at) return true;
    if (index >= at) return false;
  }
  return false;
}

// An abbreviation with dots (พ.ศ., ต.ค., จ.นครปฐม) is a word of its own.
const ABBREVIATION = /^[\u0e01-\u0e2e]{1,3}\.[\u0e01-\u0e2e]/;

/** What the characters beside a space say: a slash, or anything but Thai letters. */
function byNeighbours(before: string, after: string): SpaceReason | null {
  const last = before.slice(-1);
  const next = after.slice(0, 1);
  if (last === 'ๆ' || last === 'ฯ') return 'repeatMark';
  const thaiSlash = last === '/' && THAI_LETTER.test(before.slice(-2, -1));
  if (thaiSlash && THAI_LETTER.test(next)) return 'slash';
  if (!THAI_LETTER.test(last) || !THAI_LETTER.test(next)) return 'notThai';
  return null;
}

const VERDICTS: Record<SpaceReason, SpaceVerdict> = {
  notThai: 'real',
  repeatMark: 'real',
  withinLine: 'real',
  shortLine: 'real',
  phraseWord: 'real',
  insideWord: 'wrap',
  slash: 'wrap',
  lineEnd: 'wrap',
  thaiBothSides: 'wrap',
};

/** The width a text takes on its line, in characters: marks above and below take none. */
function widthOf(text: string): number {
  return text.replace(/\p{M}/gu, '').length;
}

/**
 * Whether the next line's first word would have fitted at the end of the
 * line: then the line was not wrapped for want of room, its author ended it.
 * The word's width is its share of the letters of the next line, whose width
 * the PDF gave.
 */
export function endedByAuthor(
  text: string,
  end: Omit<LineEnd, 'byAuthor'>,
  nextAt: number,
): boolean {
  const next = text.slice(end.at + 1, nextAt).trim();
  const first = segmenter.segment(next)[Symbol.iterator]().next().value;
  if (!first || widthOf(next) === 0) return false;
  const wordFill = (end.nextFill * widthOf(first.segment)) / widthOf(next);
  return end.fill + wordFill <= 1 - SLACK;
}

/** The text from the last white space before `at` (cells can be long: no regex from the start). */
function wordBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && !/\s/.test(text[start - 1] ?? '')) start--;
  return text.slice(start, at);
}

function wordAfter(text: string, from: number): string {
  let end = from;
  while (end < text.length && !/\s/.test(text[end] ?? '')) end++;
  return text.slice(from, end);
}

/** proposeWrapSpaces('การประเมินความ เสี่ยง') → [{ at: 14, length: 1, verdict: 'wrap', reason: 'thaiBothSides' }] */
export function proposeWrapSpaces(
  text: string,
  hints: WrapHints = {},
): SpaceProposal[] {
  const ends = [...(hints.lineEnds ?? [])].sort((a, b) => a.at - b.at);
  const lineEnds = hints.lineEnds
    ? new Map(
        ends.map((end, i) => [
          end.at,
          {
            byAuthor:
              end.byAuthor ??
              endedByAuthor(text, end, ends[i + 1]?.at ?? text.length),
            joinedPhrase: end.joinedPhrase === true,
          },
        ]),
      )
    : null;
  const proposals: SpaceProposal[] = [];
  for (const match of text.matchAll(/ +/g)) {
    const at = match.index;
    const piece = wordBefore(text, at);
    const after = wordAfter(text, at + match[0].length);
    const end = lineEnds?.get(at);
    const neighbours = byNeighbours(piece, after);
    const reason: SpaceReason =
      (neighbours === 'slash' ? null : neighbours) ??
      (lineEnds && end === undefined ? 'withinLine' : null) ??
      neighbours ??
      (end?.byAuthor ? 'shortLine' : null) ??
      (ABBREVIATION.test(after) ? 'phraseWord' : null) ??
      (joinsIntoWord(piece, after) ? 'insideWord' : null) ??
      (openingPhraseWord(after) && !end?.joinedPhrase ? 'phraseWord' : null) ??
      (lineEnds ? 'lineEnd' : 'thaiBothSides');
    proposals.push({
      at,
      length: match[0].length,
      verdict: VERDICTS[reason],
      reason,
    });
  }
  return proposals;
}

/** applyAccepted('ความ เสี่ยง', [4]) === 'ความเสี่ยง': removes the spaces at the accepted offsets. */
export function applyAccepted(
  text: string,
  acceptedPositions: readonly number[],
): string {
  const accepted = new Set(acceptedPositions);
  return text.replace(/ +/g, (spaces, at: number) =>
    accepted.has(at) ? '' : spaces,
  );
}
