/**
 * The tags of HTML and Office XML as a list of events, read by htmlparser2:
 * a Web Worker has no DOMParser and the domain has no DOM, so the readers of
 * a pasted HTML table and of a .docx walk these instead. htmlparser2 is
 * tolerant as browsers are (unclosed cells, stray tags, entities) and, in
 * XML mode, keeps Office's prefixed names (w:tc) and self-closing tags.
 */
import { Parser } from 'htmlparser2';

export type MarkupEvent =
  | { kind: 'open'; name: string; attrs: Map<string, string>; self: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

// Whose content is not text in HTML: scripts, styles, the page's head.
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'xml']);

/**
 * [...markupEvents('<p a="1">x</p>')] → open p, text x, close p. Names are
 * lower-cased, entities decoded, text next to text joined; a tag closed where
 * it opens (<w:tab/>, <br>) is one open event with `self`.
 */
export function* markupEvents(
  source: string,
  mode: 'html' | 'xml' = 'html',
): Generator<MarkupEvent> {
  const events: MarkupEvent[] = [];
  let skipping: string | null = null;
  let skipDepth = 0;
  const parser = new Parser(
    {
      onopentag(rawName, attribs) {
        const name = rawName.toLowerCase();
        if (skipping) {
          if (name === skipping) skipDepth++;
          return;
        }
        if (mode === 'html' && SKIPPED.has(name)) {
          skipping = name;
          skipDepth = 1;
          return;
        }
        const attrs = new Map<string, string>();
        for (const [key, value] of Object.entries(attribs)) {
          attrs.set(key.toLowerCase(), value);
        }
        events.push({ kind: 'open', name, attrs, self: false });
      },
      onclosetag(rawName, isImplied) {
        const name = rawName.toLowerCase();
        if (skipping) {
          if (name === skipping && --skipDepth === 0) skipping = null;
          return;
        }
        const last = events.at(-1);
        if (isImplied && last?.kind === 'open' && last.name === name) {
          last.self = true; // <x/> or a void <br>: nothing inside, no close
          return;
        }
        events.push({ kind: 'close', name });
      },
      ontext(text) {
        if (skipping) return;
        const last = events.at(-1);
        if (last?.kind === 'text') last.text += text;
        else events.push({ kind: 'text', text });
      },
    },
    { xmlMode: mode === 'xml', decodeEntities: true },
  );
  parser.end(source);
  yield* events;
}
