/**
 * Cuts pasted text into rows of cells. Word and PDF copies give one line per
 * row with tab-separated cells; Excel quotes a cell that holds a line break,
 * tab or quote ("…", quotes doubled). A quote that does not close such a
 * cell is ordinary text, so a Word cell that starts with a quotation stays whole.
 */
import type { PrintedBreak } from './printed-breaks';
import { repairThai } from './thai-repair';

export interface TextRow {
  /** Line of the pasted text where the row starts (from 1). */
  line: number;
  cells: string[];
  /**
   * Where the printed lines of its cells broke: a PDF's lines; empty for
   * typed text (a .docx, .xlsx, .csv, an HTML table), where no line wrapped.
   * Absent for pasted text, which may be a PDF's copy: proposed from its text.
   */
  breaks?: PrintedBreak[];
}

/** Zero-width characters ride along with text copied from Thai documents. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** cleanPastedText('a\r\nb\u00a0c') === 'a\nb c'; Thai broken by a PDF copy is repaired where certain. */
export function cleanPastedText(text: string): string {
  return repairThai(
    text
      .replace(/\r\n?/g, '\n')
      .replace(INVISIBLE, '')
      .replace(/\u00a0/g, ' '),
  );
}

/** The end of a quoted cell starting at `start`, or -1 when the quote does not close one. */
function closingQuote(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] !== '"') {
      i++;
      continue;
    }
    if (text[i + 1] === '"') {
      i += 2;
      continue;
    }
    const next = text[i + 1];
    return next === undefined || next === '\t' || next === '\n' ? i : -1;
  }
  return -1;
}

/** splitRows('a\tb\nc') → [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['c'] }] */
export function splitRows(pasted: string): TextRow[] {
  const text = cleanPastedText(pasted);
  const rows: TextRow[] = [];
  let cells: string[] = [];
  let rowLine = 1;
  let line = 1;
  let i = 0;
  for (;;) {
    let cell: string;
    const close = text[i] === '"' ? closingQuote(text, i) : -1;
    if (close >= 0) {
      cell = text.slice(i + 1, close).replace(/""/g, '"');
      line += cell.split('\n').length - 1;
      i = close + 1;
    } else {
      let end = i;
      while (end < text.length && text[end] !== '\t' && text[end] !== '\n') {
        end++;
      }
      cell = text.slice(i, end);
      i = end;
    }
    cells.push(cell);
    if (text[i] === '\t') {
      i++;
      continue;
    }
    rows.push({ line: rowLine, cells });
    if (i >= text.length) return rows;
    i++; // the line break
    line++;
    rowLine = line;
    cells = [];
  }
}
