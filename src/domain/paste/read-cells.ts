/**
 * Reading the text of one cell of a pasted report: the measure's number and
 * title, numbered steps, bulleted results, links, responsible units. Copies
 * carry stray `<p>` tags and PDF line wraps; the text is taken as it is
 * otherwise (spaces collapsed), never rewritten.
 */
import { toArabicDigits } from '../digits';
import type { MethodsStyle } from '../types';

// Formatting tags a copy leaves behind; anything else that looks like a tag
// is kept as text (it is shown as text, never rendered).
const LINE_TAG = /<\/p\s*>|<br\s*\/?>/gi;
const STRAY_TAG = /<\/?(?:p|div|span|b|i|u|strong|em|font)(?:\s[^<>]*)?\/?>/gi;

/** stripStrayTags('<p>a</p> <p>b</p>') === ' a\n \nb\n' — paragraph ends become line breaks. */
export function stripStrayTags(text: string): string {
  return text.replace(LINE_TAG, '\n').replace(STRAY_TAG, ' ');
}

/** collapse(' a \n b ') === 'a b' */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** squash('ทุกส่วน ราชการ') === 'ทุกส่วนราชการ': for comparing text whatever its spacing. */
export function squash(text: string): string {
  return stripStrayTags(text).replace(/\s+/g, '');
}

// The app's English print says "(continued)".
const CONTINUED = /\(\s*(?:ต่อ|continued)\s*\)\s*$/i;
const LEADING_NUMBER = /^([0-9๐-๙]{1,3})\s*[.)]\s*/;

/** readTitle('๒.มาตรการ ก (ต่อ)') → { number: 2, title: 'มาตรการ ก', continued: true } */
export function readTitle(cell: string): {
  number: number | null;
  title: string;
  continued: boolean;
} {
  let text = collapse(stripStrayTags(cell));
  const continued = CONTINUED.test(text);
  if (continued) text = text.replace(CONTINUED, '').trim();
  const match = LEADING_NUMBER.exec(text);
  if (!match) return { number: null, title: text, continued };
  return {
    number: Number(toArabicDigits(match[1] ?? '')),
    title: text.slice(match[0].length).trim(),
    continued,
  };
}

// A step number: one or two digits and a dot (or bracket) that does not start
// a decimal ("๙๖.๗๓"), at the start or after a space ("๓ .ติดตาม" included).
const STEP_MARK = /(?:^|\s)([0-9๐-๙]{1,2})\s?[.)](?![0-9๐-๙])/g;
const BULLET_START = /^[-–•●▪]/;
const BULLET_SPLIT = /\s+(?=[-–•●▪]\s)/;

/** Splits at step numbers that run on from the first (๑. ๒. ๓.), which must open the text. */
function splitNumbered(text: string): string[] | null {
  let expected: number | null = null;
  const cuts: { at: number; end: number }[] = [];
  for (const match of text.matchAll(STEP_MARK)) {
    const number = Number(toArabicDigits(match[1] ?? ''));
    const at = match.index + (match[0].length - match[0].trimStart().length);
    if (expected === null ? at !== 0 : number !== expected) continue;
    cuts.push({ at, end: match.index + match[0].length });
    expected = number + 1;
  }
  if (cuts.length === 0) return null;
  return cuts.map((cut, i) =>
    text.slice(cut.end, cuts[i + 1]?.at ?? text.length).trim(),
  );
}

function splitBullets(text: string): string[] {
  return text
    .split(BULLET_SPLIT)
    .map((item) => item.replace(BULLET_START, '').trim());
}

/**
 * readMethodList('- ก - ข') → { steps: ['ก', 'ข'], style: 'bulleted' }: the
 * steps, and how the cell listed them, so the measure prints them so again.
 */
export function readMethodList(cell: string): {
  steps: string[];
  style: MethodsStyle | undefined;
} {
  const lines = stripStrayTags(cell).split('\n').map(collapse).filter(Boolean);
  const text = lines.join(' ');
  if (text === '') return { steps: [], style: undefined };
  const numbered = splitNumbered(text);
  const [steps, style]: [string[], MethodsStyle] = numbered
    ? [numbered, 'numbered']
    : BULLET_START.test(text)
      ? [splitBullets(text), 'bulleted']
      : [lines, 'plain'];
  return { steps: steps.filter(Boolean), style };
}

/** readMethods('๑.จัดทำคู่มือ ๒.ประชาสัมพันธ์') → ['จัดทำคู่มือ', 'ประชาสัมพันธ์'] */
export function readMethods(cell: string): string[] {
  return readMethodList(cell).steps;
}

/**
 * readLines('- ก ข - ค') === '- ก ข\n- ค': a text that opens with a bullet
 * gets one bullet per line, as a PDF copy runs them together; other text keeps
 * the line breaks it came with.
 */
export function readLines(cell: string): string {
  const lines = stripStrayTags(cell).split('\n').map(collapse).filter(Boolean);
  const text = lines.join(' ');
  if (!/^[-–•●▪]\s/.test(text)) return lines.join('\n');
  return text.split(BULLET_SPLIT).join('\n');
}

const LINK = /https?:\/\/[^\s<>"']+/g;

/** takeLinks('ดู http://x.go.th.') → { text: 'ดู', links: ['http://x.go.th'] } */
export function takeLinks(text: string): { text: string; links: string[] } {
  const links = [...text.matchAll(LINK)].map((m) =>
    m[0].replace(/[.,;:)\]]+$/, ''),
  );
  const rest = text
    .replace(LINK, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return { text: rest, links };
}

const UNIT_SEPARATORS = /[,;/\n、]|\s+และ\s+/;

/**
 * readUnits('ทุกส่วน ราชการ', ['ทุกส่วนราชการ']) → { allUnits: true, names: [] };
 * names are split at commas, slashes, line breaks and a spaced "และ".
 */
export function readUnits(
  cell: string,
  allUnitsWords: readonly string[],
): { allUnits: boolean; names: string[] } {
  const text = stripStrayTags(cell);
  if (allUnitsWords.some((word) => squash(word) === squash(text))) {
    return { allUnits: true, names: [] };
  }
  const names = text.split(UNIT_SEPARATORS).map(collapse).filter(Boolean);
  return { allUnits: false, names };
}
