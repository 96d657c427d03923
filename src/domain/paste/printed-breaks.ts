/**
 * Where a PDF's printed lines broke, carried from the PDF reader to the
 * preview. Offsets would not survive the way: the parser repairs Thai, cuts
 * a cell into steps, joins a row continued on the next page, and the person
 * types. So a break is told by its words, the last of the line and the first
 * of the next, and found again in whatever text the preview holds; the
 * proposal then knows which spaces were line ends and which were inside a
 * printed line (wrap-spaces.ts, `WrapHints.lineEnds`).
 */
import type { PasteColumn } from './headings';
import { endedByAuthor, type LineEnd } from './wrap-spaces';

export interface PrintedBreak {
  /** The line's last word, up to the space that joined it to the next. */
  before: string;
  /** The next line's first word. */
  after: string;
  fill: number;
  nextFill: number;
  /** Whether the next line's first word would have fitted: its author ended the line. */
  byAuthor: boolean;
  /** The cell of its row it was printed in, as the PDF reader gives it. */
  cell?: number;
  /**
   * The column the reader read that cell as: a break is looked for only in
   * its own column's text, since two columns of a measure often share words
   * ("แล้วเสร็จ ตาม…" inside a line of one, at a line's end in the other).
   */
  column?: PasteColumn;
  /** The next line opens with a phrase word the document writes joined (`LineEnd.joinedPhrase`). */
  joinedPhrase?: boolean;
}

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

const keyOf = (before: string, after: string) => `${before}\u0000${after}`;

/** The breaks of a cell's text whose line ends (offsets in `text`) a PDF gave. */
export function printedBreaks(
  text: string,
  ends: readonly Omit<LineEnd, 'byAuthor'>[],
): PrintedBreak[] {
  return ends.flatMap((end, i) => {
    const before = wordBefore(text, end.at);
    const after = wordAfter(text, end.at + 1);
    if (before === '' || after === '') return [];
    const nextAt = ends[i + 1]?.at ?? text.length;
    return [
      {
        before,
        after,
        fill: end.fill,
        nextFill: end.nextFill,
        byAuthor: endedByAuthor(text, end, nextAt),
      },
    ];
  });
}

/**
 * The line ends of `text` that `breaks` name: each run of spaces between a
 * break's two words. lineEndsIn('ความ เสี่ยง', [{ before: 'ความ', after: 'เสี่ยง', … }]) → [{ at: 4, … }]
 */
export function lineEndsIn(
  text: string,
  breaks: readonly PrintedBreak[],
): LineEnd[] {
  const byWords = new Map(breaks.map((b) => [keyOf(b.before, b.after), b]));
  const ends: LineEnd[] = [];
  for (const match of text.matchAll(/ +/g)) {
    const at = match.index;
    const found = byWords.get(
      keyOf(wordBefore(text, at), wordAfter(text, at + match[0].length)),
    );
    if (found) {
      ends.push({
        at,
        fill: found.fill,
        nextFill: found.nextFill,
        byAuthor: found.byAuthor,
        ...(found.joinedPhrase ? { joinedPhrase: true } : {}),
      });
    }
  }
  return ends;
}
