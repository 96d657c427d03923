/**
 * A tolerant reader of tags for HTML and Office XML. A Web Worker has no
 * DOMParser, and the domain has no DOM, so the readers of a pasted HTML table
 * and of a .docx or .xlsx walk tags with this instead. It never fails: a
 * broken tag is text, an unclosed one is closed by whoever reads the events.
 */

export type MarkupEvent =
  | { kind: 'open'; name: string; attrs: Map<string, string>; self: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** decodeEntities('a&amp;b&#3585;') === 'a&bก' */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi,
    (whole, body: string) => {
      if (body[0] === '#') {
        const hex = body[1] === 'x' || body[1] === 'X';
        const code = parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
        return Number.isFinite(code) && code <= 0x10ffff
          ? String.fromCodePoint(code)
          : whole;
      }
      return NAMED[body.toLowerCase()] ?? whole;
    },
  );
}

const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function readAttrs(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const match of text.matchAll(ATTR)) {
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    attrs.set((match[1] ?? '').toLowerCase(), decodeEntities(value));
  }
  return attrs;
}

// Whose content is not text: scripts, styles, Word's conditional comments.
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'xml']);

/** [...markupEvents('<p a="1">x</p>')] → open p, text x, close p (names lower-cased) */
export function* markupEvents(source: string): Generator<MarkupEvent> {
  let i = 0;
  let skipping: string | null = null;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt < 0) {
      if (!skipping)
        yield { kind: 'text', text: decodeEntities(source.slice(i)) };
      return;
    }
    if (lt > i && !skipping) {
      yield { kind: 'text', text: decodeEntities(source.slice(i, lt)) };
    }
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      i = end < 0 ? source.length : end + 3;
      continue;
    }
    if (source.startsWith('<![CDATA[', lt)) {
      const end = source.indexOf(']]>', lt);
      const stop = end < 0 ? source.length : end;
      if (!skipping) yield { kind: 'text', text: source.slice(lt + 9, stop) };
      i = end < 0 ? source.length : end + 3;
      continue;
    }
    const gt = source.indexOf('>', lt);
    const match = /^<(\/?)([a-z][\w:.-]*)/i.exec(source.slice(lt, lt + 64));
    if (gt < 0 || !match) {
      // "<" that opens no tag ("a < b", "<!DOCTYPE", "<?xml"): text or nothing.
      if (gt >= 0 && /^<[!?]/.test(source.slice(lt, lt + 2))) {
        i = gt + 1;
        continue;
      }
      if (!skipping) yield { kind: 'text', text: '<' };
      i = lt + 1;
      continue;
    }
    const name = (match[2] ?? '').toLowerCase();
    const closing = match[1] === '/';
    i = gt + 1;
    if (skipping) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (closing) {
      yield { kind: 'close', name };
      continue;
    }
    const body = source.slice(lt + match[0].length, gt);
    const self = body.trimEnd().endsWith('/');
    if (SKIPPED.has(name) && !self) {
      skipping = name;
      continue;
    }
    yield { kind: 'open', name, attrs: readAttrs(body), self };
  }
}
