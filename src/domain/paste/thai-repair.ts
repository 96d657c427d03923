/**
 * Repairing Thai text as PDF text layers give it, where the repair is certain:
 * NULs removed (a glyph the PDF maps to no character: Chromium's for some
 * shifted marks; the mark is lost, but the NUL is no text either), marks in Unicode's order after their consonant, sara am whole, a tone mark
 * written after sara aa or sara am put on its consonant, no space before a
 * mark or a following vowel nor after a leading vowel (Thai never writes one
 * there). A mark a PDF put one consonant late ("สรปุ" for "สรุป") is left:
 * both orders are valid spelling, and the segmenter cannot tell a word from a
 * word-shaped slip (see docs/decisions.md). Spaces between words are only
 * proposed for removal: see wrap-spaces.ts.
 */

const NIKHAHIT = '\u0e4d';
const SARA_AA = '\u0e32';
const SARA_AM = '\u0e33';

// Order of marks on one consonant: vowel above or below, then the tone mark,
// then thanthakhat, nikhahit, yamakkan. Within a rank the written order stays.
const RANK = new Map<string, number>();
for (const mark of '\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47') {
  RANK.set(mark, 0);
}
for (const mark of '\u0e48\u0e49\u0e4a\u0e4b') RANK.set(mark, 1);
for (const mark of '\u0e4c\u0e4d\u0e4e') RANK.set(mark, 2);

const MARKS = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]{2,}/g;
const TONE = '[\u0e48-\u0e4b]';
// Nikhahit and sara aa, a tone mark on either side of the nikhahit.
const SPLIT_SARA_AM = new RegExp(
  `(${TONE}?)${NIKHAHIT}(${TONE}?)${SARA_AA}`,
  'g',
);
// A tone mark after sara aa or sara am sits on the consonant before them.
const TONE_AFTER_VOWEL = new RegExp(
  `([\u0e01-\u0e2e])([${SARA_AA}${SARA_AM}])(${TONE})`,
  'g',
);
const SPACE_BEFORE_MARK =
  /(?<=[\u0e01-\u0e2e\u0e30-\u0e3a\u0e47-\u0e4e]) +(?=[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e30\u0e32\u0e33\u0e45])/g;
const SPACE_AFTER_LEADING_VOWEL = /(?<=[\u0e40-\u0e44]) +(?=[\u0e01-\u0e2e])/g;

function orderMarks(marks: string): string {
  return [...marks]
    .map((mark, i) => ({ mark, i, rank: RANK.get(mark) ?? 0 }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ mark }) => mark)
    .join('');
}

/** repairThai('ดําเนินการ ก ารประเมิน') === 'ดำเนินการ การประเมิน' */
export function repairThai(text: string): string {
  const spaced = text
    .replace(/\0/g, '')
    .normalize('NFC')
    .replace(SPACE_BEFORE_MARK, '')
    .replace(SPACE_AFTER_LEADING_VOWEL, '');
  return spaced
    .replace(
      SPLIT_SARA_AM,
      (_, before: string, after: string) => `${before}${after}${SARA_AM}`,
    )
    .replace(
      TONE_AFTER_VOWEL,
      (_, consonant: string, vowel: string, tone: string) =>
        `${consonant}${tone}${vowel}`,
    )
    .replace(MARKS, orderMarks);
}
