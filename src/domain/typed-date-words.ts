/**
 * The words of a typed date: numbers, a month's name, an era, and the words
 * people put around them ("วันอังคารที่ … พ.ศ.", "Tuesday, … of"). Thai is
 * written without spaces between words and with dots in abbreviations that
 * people type or leave out ("ธ.ค.", "ธค", "ธ. ค."), so Thai letters are read
 * with the dots and spaces between them dropped, the longest word first.
 */
import { toArabicDigits } from './digits';
import {
  ENGLISH_MONTHS,
  THAI_MONTHS_LONG,
  THAI_MONTHS_SHORT,
} from './thai-date';

export type Era = 'buddhist' | 'gregorian';

export type Word =
  | { kind: 'number'; digits: string }
  | { kind: 'month'; month: number }
  | { kind: 'era'; era: Era };

type Meaning = Exclude<Word, { kind: 'number' }> | null; // null: a word that says nothing

const THAI_WORDS = new Map<string, Meaning>();
THAI_MONTHS_LONG.forEach((name, i) => {
  const month: Meaning = { kind: 'month', month: i + 1 };
  THAI_WORDS.set(name, month);
  // Said without its ending: มกรา, กุมภา, เมษา, ธันวา.
  THAI_WORDS.set(name.replace(/(?:คม|ยน|พันธ์)$/, ''), month);
});
THAI_MONTHS_SHORT.forEach((name, i) =>
  THAI_WORDS.set(name.replace(/\./g, ''), { kind: 'month', month: i + 1 }),
);
THAI_WORDS.set('พศ', { kind: 'era', era: 'buddhist' });
THAI_WORDS.set('คศ', { kind: 'era', era: 'gregorian' });
for (const filler of [
  'วันที่',
  'วัน',
  'ที่',
  'เดือน',
  'ปี',
  'อาทิตย์',
  'จันทร์',
  'อังคาร',
  'พุธ',
  'พฤหัสบดี',
  'พฤหัส',
  'ศุกร์',
  'เสาร์',
]) {
  THAI_WORDS.set(filler, null);
}
const THAI_LONGEST_FIRST = [...THAI_WORDS.keys()].sort(
  (a, b) => b.length - a.length,
);

const LATIN_WORDS = new Map<string, Meaning>();
ENGLISH_MONTHS.forEach((name, i) => {
  const month: Meaning = { kind: 'month', month: i + 1 };
  LATIN_WORDS.set(name, month);
  LATIN_WORDS.set(name.slice(0, 3), month);
});
LATIN_WORDS.set('sept', { kind: 'month', month: 9 }); // en-GB writes "Sept"
LATIN_WORDS.set('be', { kind: 'era', era: 'buddhist' });
for (const era of ['ad', 'ce']) {
  LATIN_WORDS.set(era, { kind: 'era', era: 'gregorian' });
}
for (const day of [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]) {
  LATIN_WORDS.set(day, null);
  LATIN_WORDS.set(day.slice(0, 3), null);
}
for (const filler of ['st', 'nd', 'rd', 'th', 'of', 'the']) {
  LATIN_WORDS.set(filler, null);
}

// Digits, Thai letters, Latin letters, and the separators people type.
const ALLOWED = /^[0-9a-z\u0e01-\u0e4f\s/,.-]*$/;
const THAI_LETTER = '\\u0e01-\\u0e4f';
const SPACE_IN_THAI = new RegExp(
  `(?<=[${THAI_LETTER}.])\\s+(?=[${THAI_LETTER}])`,
  'g',
);
const PIECES = new RegExp(`\\d+|[${THAI_LETTER}.]+|[a-z.]+`, 'g');

/** Splits a run of Thai letters into known words; null when a part is unknown. */
function thaiWords(run: string): Meaning[] | null {
  const words: Meaning[] = [];
  let rest = run;
  while (rest !== '') {
    const word = THAI_LONGEST_FIRST.find((w) => rest.startsWith(w));
    if (word === undefined) return null;
    words.push(THAI_WORDS.get(word) ?? null);
    rest = rest.slice(word.length);
  }
  return words;
}

/** wordsOf('1 ธ.ค. 69') → number 1, month 12, number 69; null when a word is unknown. */
export function wordsOf(text: string): Word[] | null {
  const normal = toArabicDigits(text).toLowerCase();
  if (!ALLOWED.test(normal)) return null;
  const words: Word[] = [];
  for (const [piece] of normal.replace(SPACE_IN_THAI, '').matchAll(PIECES)) {
    if (/^\d/.test(piece)) {
      words.push({ kind: 'number', digits: piece });
      continue;
    }
    const letters = piece.replace(/\./g, '');
    if (letters === '') continue; // a dot between numbers: 1.12.2569
    const meanings = /^[a-z]/.test(letters)
      ? LATIN_WORDS.has(letters)
        ? [LATIN_WORDS.get(letters) ?? null]
        : null
      : thaiWords(letters);
    if (meanings === null) return null;
    for (const meaning of meanings) if (meaning) words.push(meaning);
  }
  return words;
}
