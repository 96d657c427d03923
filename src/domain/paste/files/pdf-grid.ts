/**
 * A report's table rebuilt from a PDF's text positions. The header row says
 * where the columns are; a row ends where every column leaves a gap wider
 * than a line (the row's border and padding) or where the title column opens
 * the next numbered measure. What each page repeats (its header and footer,
 * page numbers) is left out, the header row repeated on a page is given as a
 * row (the reader skips it), and a row a page break cut is joined again.
 * Each cell keeps its printed lines, for the wrap-space proposal.
 */
import { toArabicDigits } from '../../digits';
import type { ParseOptions } from '../parse-options';
import { joinedPhraseWords, openingPhraseWord } from '../phrase-words';
import { printedBreaks } from '../printed-breaks';
import {
  columnsOf,
  headerAt,
  type HeaderBand,
  type PdfColumns,
} from './pdf-columns';
import {
  joinItems,
  linePitch,
  pageLines,
  type PdfLine,
  type PdfPage,
} from './pdf-lines';
import {
  cellText,
  continues,
  joinRows,
  lineEnds,
  pageRows,
  type PdfRow,
} from './pdf-rows';

export type { CellLine, PdfRow } from './pdf-rows';
export { cellText, lineEnds } from './pdf-rows';

const PAGE_NUMBER =
  /^(?:(?:หน้า|page|-)\s*)?[0-9๐-๙]+(?:\s*(?:\/|of|จาก|-)\s*[0-9๐-๙]*)?$/i;

/** Lines that stand at the same place on most pages: running headers and footers. */
function repeatedLines(pages: readonly PdfLine[][]): Set<string> {
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(
      lines.map(
        (line) =>
          `${Math.round(line.y / 4)}|${toArabicDigits(joinItems(line.items)).replace(/[0-9\s]/g, '')}`,
      ),
    );
    for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const least = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...seen].filter(([, n]) => n >= least).map(([key]) => key));
}

function isRunning(line: PdfLine, repeated: ReadonlySet<string>): boolean {
  const text = joinItems(line.items);
  if (PAGE_NUMBER.test(text)) return true;
  const key = `${Math.round(line.y / 4)}|${toArabicDigits(text).replace(/[0-9\s]/g, '')}`;
  return repeated.has(key);
}

/**
 * The page's header row: of the bands of lines that read as one, the one
 * with the most headings recognised, then the one of more lines (a heading
 * wrapped onto two), then the lower one (a title line just above the table
 * is not a heading).
 */
function findHeader(
  lines: readonly PdfLine[],
  pitch: number,
  options: ParseOptions,
): HeaderBand | null {
  let best: HeaderBand | null = null;
  for (let i = 0; i < Math.min(lines.length, 60); i++) {
    const band = headerAt(lines, i, pitch, options);
    if (!band) continue;
    const size = band.end - band.start;
    if (
      !best ||
      band.map.size > best.map.size ||
      (band.map.size === best.map.size && size >= best.end - best.start)
    ) {
      best = band;
    }
  }
  return best;
}

export type PdfGrid =
  { ok: true; rows: PdfRow[] } | { ok: false; error: 'noText' };

/**
 * gridFromPdf(pages of a printed report) → its rows: the title block as
 * one-cell rows, the header row, one row per table row.
 */
export function gridFromPdf(
  pages: readonly PdfPage[],
  options: ParseOptions = {},
): PdfGrid {
  const allLines = pages.map(pageLines);
  if (allLines.every((lines) => lines.length === 0)) {
    return { ok: false, error: 'noText' };
  }
  const pitch = linePitch(allLines);
  const repeated = repeatedLines(allLines);
  const rows: PdfRow[] = [];
  let columns: PdfColumns | null = null;
  let lastData: PdfRow | null = null;
  allLines.forEach((lines, p) => {
    const page = p + 1;
    const header = findHeader(lines, pitch, options);
    const kept = (from: number) =>
      lines.slice(from).filter((line) => !isRunning(line, repeated));
    let body: PdfLine[];
    if (header) {
      if (!columns) {
        // Above the first header: the title block, a line a row.
        for (const line of lines.slice(0, header.start)) {
          if (!isRunning(line, repeated)) {
            const text = joinItems(line.items);
            rows.push({
              line: 0,
              page,
              lines: [[{ text, fill: 1 }]],
              cells: [text],
            });
          }
        }
      }
      body = kept(header.end);
      columns = columnsOf(header, body);
      const headings = columns.headings;
      rows.push({
        line: 0,
        page,
        cells: headings,
        lines: headings.map((text) => [{ text, fill: 1 }]),
      });
    } else if (columns) {
      body = kept(0);
    } else {
      // No table yet: the page is all title block (or text the reader will name).
      for (const line of kept(0)) {
        const text = joinItems(line.items);
        rows.push({
          line: 0,
          page,
          lines: [[{ text, fill: 1 }]],
          cells: [text],
        });
      }
      return;
    }
    const found = pageRows(columns, body, pitch, page);
    const first = found[0];
    if (first && lastData && continues(columns, lastData, first)) {
      const index = rows.lastIndexOf(lastData);
      rows[index] = lastData = joinRows(lastData, first);
      found.shift();
    }
    rows.push(...found);
    lastData = found.at(-1) ?? lastData;
  });
  const joined = joinedPhraseWords(
    rows.flatMap((row) => row.lines.flat().map((line) => line.text)),
  );
  const habit = (after: string) => {
    const word = openingPhraseWord(after);
    return word !== null && joined.has(word) ? { joinedPhrase: true } : {};
  };
  return {
    ok: true,
    rows: rows.map((row, i) => ({
      ...row,
      line: i + 1,
      breaks: row.lines.flatMap((lines, cell) =>
        printedBreaks(cellText(lines), lineEnds(lines)).map((found) => ({
          ...found,
          cell,
          ...habit(found.after),
        })),
      ),
    })),
  };
}
