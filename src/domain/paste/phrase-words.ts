/**
 * Words that open a phrase: Thai puts a real space before them (between
 * clauses, before a conjunction or a purpose), so a space before one is kept
 * even where a line may have wrapped. From the usage of official reports;
 * each is a whole word, matched as the segmenter's first word after the space.
 */
export const PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'และ',
  'หรือ',
  'เพื่อ',
  'โดย',
  'ซึ่ง',
  'ทำให้',
  'หาก',
  'ถ้า',
  'เช่น',
  'ได้แก่',
  'อาทิ',
  'ตั้งแต่',
  'แต่',
  'กรณี',
  'สำหรับ',
  'ทั้งนี้',
  'อีกทั้ง',
  'รวมถึง',
  'รวมทั้ง',
  'ตลอดจน',
  'จึง',
  'เพราะ',
  'เนื่องจาก',
  'ดังนั้น',
  'ประกอบด้วย',
  'คือ',
]);

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** The phrase word `text` opens with, whole: 'ตลอดจนข้อ…' → 'ตลอดจน'; 'แล้ว' → null ('และ' is not its first word). */
export function openingPhraseWord(text: string): string | null {
  const ends = new Set<number>();
  for (const { index, segment } of segmenter.segment(text)) {
    ends.add(index + segment.length);
    if (index > 12) break;
  }
  for (const word of PHRASE_OPENERS) {
    if (text.startsWith(word) && ends.has(word.length)) return word;
  }
  return null;
}

// A habit needs this many joined uses, and this many times the spaced ones.
const HABIT_USES = 5;
const HABIT_RATIO = 4;

/**
 * The phrase words a document writes joined to the word before, inside its
 * printed lines, where its spaces are known (a PDF's lines: a space inside a
 * line is the author's). One author writes "ของขวัญหรือของกำนัล" throughout,
 * another "ของขวัญ หรือของกำนัล": the document's own habit, not a rule of
 * Thai, then says what a line end before that word is. A word counts when it
 * is used joined at least 5 times and 4 times as often as after a space.
 */
export function joinedPhraseWords(lines: readonly string[]): Set<string> {
  const uses = new Map<string, { joined: number; spaced: number }>();
  for (const line of lines) {
    for (const { index, segment } of segmenter.segment(line)) {
      if (index === 0 || !PHRASE_OPENERS.has(segment)) continue;
      const before = line[index - 1] ?? '';
      const use = uses.get(segment) ?? { joined: 0, spaced: 0 };
      if (/\s/.test(before)) use.spaced++;
      else if (/[\u0e01-\u0e4e]/.test(before)) use.joined++;
      uses.set(segment, use);
    }
  }
  return new Set(
    [...uses]
      .filter(
        ([, { joined, spaced }]) =>
          joined >= HABIT_USES && joined >= HABIT_RATIO * spaced,
      )
      .map(([word]) => word),
  );
}
