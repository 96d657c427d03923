/**
 * A report's table from HTML: what Word, Excel, LibreOffice and Google Docs
 * put on the clipboard as text/html. Each <td> is a cell; its paragraphs
 * (<p class=MsoNormal>, <div>, <li>, <br>) are its lines, as they were
 * written, not the rows a plain-text copy makes of them.
 */
import type { TextRow } from '../split-rows';
import { GridBuilder } from './grid-builder';
import { markupEvents } from './markup';

const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'caption',
  'blockquote',
  'ol',
  'ul',
]);

function count(value: string | undefined): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) ? n : 1;
}

/** True when the HTML holds a table, which is when it is worth reading as one. */
export function hasHtmlTable(html: string): boolean {
  return /<table[\s>]/i.test(html);
}

/** readHtmlTable('<table><tr><td><p>ก</p><p>ข</p></td></tr></table>') → [{ line: 1, cells: ['ก\nข'] }] */
export function readHtmlTable(html: string): TextRow[] {
  const grid = new GridBuilder();
  for (const event of markupEvents(html)) {
    if (event.kind === 'text') {
      // HTML source lines wrap anywhere (Word's at 80 columns): a space.
      grid.text(event.text.replace(/[\t\n\r ]+/g, ' '));
      continue;
    }
    const { name } = event;
    if (event.kind === 'open') {
      if (name === 'table') grid.startTable();
      else if (name === 'tr') grid.startRow();
      else if (name === 'td' || name === 'th') {
        grid.startCell(
          count(event.attrs.get('colspan')),
          count(event.attrs.get('rowspan')),
        );
      } else if (BLOCKS.has(name)) grid.paragraph();
      continue;
    }
    if (name === 'table') grid.endTable();
    else if (name === 'tr') grid.endRow();
    else if (name === 'td' || name === 'th') grid.endCell();
    else if (BLOCKS.has(name)) grid.paragraph();
  }
  return grid.finish();
}
