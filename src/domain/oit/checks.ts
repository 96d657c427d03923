/**
 * What is wrong with an office's OIT items and their links, before ITAS
 * sees them: a link that is not a web address, an item number used twice
 * in a year. Pure: the sheet and the item form both ask here.
 */
import { toArabicDigits } from '../digits';

/** Why a link cannot be pasted into ITAS; null when it can. */
export type LinkProblem = 'empty' | 'malformed' | 'not-http';

/**
 * linkProblem('https://www.khunkaew.go.th/ita') === null;
 * linkProblem('www.khunkaew.go.th') === 'malformed';
 * linkProblem('ftp://files.example/a') === 'not-http'
 */
export function linkProblem(text: string): LinkProblem | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty';
  // Whitespace inside is two links pasted together or a stray sentence.
  if (/\s/.test(trimmed)) return 'malformed';
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return 'malformed'; // relative, or no scheme
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'not-http';
  return url.hostname === '' ? 'malformed' : null;
}

/**
 * An item number as compared: 'o ๓๖' and 'O36' are the same item, so that
 * typing it differently does not hide a number used twice.
 */
export function numberKey(number: string): string {
  return toArabicDigits(number).replace(/\s+/g, '').toUpperCase();
}

/** The numbers (as keys) used by more than one of these items. */
export function duplicateNumbers(
  items: readonly { number: string }[],
): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const { number } of items) {
    const key = numberKey(number);
    if (seen.has(key)) twice.add(key);
    seen.add(key);
  }
  return twice;
}

const collator = new Intl.Collator('en', { numeric: true });

/** O9 before O10: items in the order the framework numbers them. */
export function byItemNumber(
  a: { number: string; id?: string },
  b: { number: string; id?: string },
): number {
  return (
    collator.compare(numberKey(a.number), numberKey(b.number)) ||
    (a.id ?? '').localeCompare(b.id ?? '')
  );
}
