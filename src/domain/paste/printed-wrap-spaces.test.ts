/**
 * The wrap-space proposal measured on a PDF the project prints itself: the
 * example report's cells (the app's own report cells) printed by Chromium at
 * the widths of the app's printed report and read back through pdf.js, line
 * by line with how much of its column each line took
 * (../fixtures/khunkaew-2568-pdf-lines.json, made by
 * scripts/make-wrap-fixture.mjs). Here the truth is exact: the printed text.
 * Chromium's text layer drops some marks (a NUL for a mark drawn as a shifted
 * glyph), so texts are compared by their letters on the line.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { exampleReport } from '@/testing/example-report';
import { thaiReportLabels } from '@/testing/report-labels';

import type { ReportColumn } from '../report/report-columns';
import { rowCells } from '../report/report-text';
import { joinedPhraseWords, openingPhraseWord } from './phrase-words';
import { repairThai } from './thai-repair';
import { proposeWrapSpaces } from './wrap-spaces';
import type { LineEnd } from './wrap-spaces';

const fixture = (name: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'),
  );

interface PrintedCell {
  row: number;
  column: ReportColumn;
  lines: { text: string; fill: number }[];
}

const printedCells = fixture('khunkaew-2568-printed-cells.json') as Record<
  ReportColumn,
  string
>[];
const { cells } = fixture('khunkaew-2568-pdf-lines.json') as {
  cells: PrintedCell[];
};

/** Letters that survive the PDF: no marks, NULs or white space. */
const isLetter = (char: string) => !/[\p{M}\s\0]/u.test(char);

// The phrase words the document writes joined inside its lines, as the PDF
// reader finds them (pdf-grid.ts).
const joined = joinedPhraseWords(
  cells.flatMap((cell) => cell.lines.map((line) => repairThai(line.text))),
);

/** The PDF's lines of a cell joined as a reader joins them, with where each ended. */
function joinLines(cell: PrintedCell): { text: string; lineEnds: LineEnd[] } {
  let text = '';
  const lineEnds: LineEnd[] = [];
  cell.lines.forEach((line, i) => {
    const next = repairThai(line.text).trim();
    if (i > 0) {
      const fill = cell.lines[i - 1]!.fill;
      const word = openingPhraseWord(next);
      const joinedPhrase = word !== null && joined.has(word);
      lineEnds.push({
        at: text.length,
        fill,
        nextFill: line.fill,
        joinedPhrase,
      });
      text += ' ';
    }
    text += next;
  });
  return { text, lineEnds };
}

/** For each space of `pasted`: whether the printed text has none between the same letters. */
function wrapsOf(pasted: string, truth: string): Map<number, boolean> {
  const spaced = new Set<number>();
  let letters = 0;
  for (const char of truth.normalize('NFC').replace(/\u0e33/g, '\u0e32')) {
    if (/\s/.test(char)) spaced.add(letters);
    else if (isLetter(char)) letters++;
  }
  const wraps = new Map<number, boolean>();
  letters = 0;
  [...pasted.replace(/\u0e33/g, '\u0e32')].forEach((char, at) => {
    if (char === ' ') wraps.set(at, !spaced.has(letters));
    else if (isLetter(char)) letters++;
  });
  return wraps;
}

function measure(withPositions: boolean) {
  const counts = { wraps: 0, real: 0, caught: 0, wronglyTaken: 0 };
  for (const cell of cells) {
    const { text, lineEnds } = joinLines(cell);
    const isWrap = wrapsOf(text, printedCells[cell.row]![cell.column]);
    const hints = withPositions ? { lineEnds } : {};
    for (const proposal of proposeWrapSpaces(text, hints)) {
      const wrap = isWrap.get(proposal.at)!;
      counts[wrap ? 'wraps' : 'real']++;
      if (proposal.verdict === 'wrap') {
        counts[wrap ? 'caught' : 'wronglyTaken']++;
      }
    }
  }
  return counts;
}

describe('wrap spaces proposed on a PDF printed from the example report', () => {
  it('was printed from the cells the app prints for the example', () => {
    const report = exampleReport();
    expect(printedCells).toEqual(
      report.rows.map((row) => rowCells(row, report, thaiReportLabels(report))),
    );
    expect(cells).toHaveLength(printedCells.length * 7);
  });

  it('has 251 wrap spaces among its 483 spaces', () => {
    expect(measure(true)).toMatchObject({ wraps: 251, real: 232 });
  });

  it('with the line positions, catches at least 244 wraps and takes at most 10 real spaces', () => {
    const { caught, wronglyTaken } = measure(true);
    expect(caught).toBeGreaterThanOrEqual(244);
    expect(wronglyTaken).toBeLessThanOrEqual(10);
  });

  it('from the text alone, catches at least 246 wraps and takes at most 40 real spaces', () => {
    const { caught, wronglyTaken } = measure(false);
    expect(caught).toBeGreaterThanOrEqual(246);
    expect(wronglyTaken).toBeLessThanOrEqual(40);
  });
});
