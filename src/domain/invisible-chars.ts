/**
 * Characters that do not show but make a text differ, or that reorder what
 * follows (issue 17, "Look-alike names"): zero-width spaces and joiners,
 * the byte-order mark, the soft hyphen, and the bidirectional marks,
 * embeddings, overrides and isolates. An office named "เทศบาลตำบลขุนแก้ว"
 * with a zero-width space after it looks like the real one; shown, the two
 * can be told apart. They are shown, not stripped: stripped, the fake would
 * look exactly like the real office, which is the very problem.
 */
const INVISIBLE =
  /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text);
}

/** The text with each such character shown as ⟦U+XXXX⟧. */
export function revealInvisible(text: string): string {
  return text.replace(
    INVISIBLE,
    (c) =>
      `⟦U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}⟧`,
  );
}
