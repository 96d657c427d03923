import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { pdfPages } from '@/testing/pdf-pages';

import { exampleMeasures } from '../example/khunkaew-2568';
import { cleanable, wrapMarks } from './cell-cleanup';
import { cellText, gridFromPdf, lineEnds } from './files/pdf-grid';
import { parseReportRows } from './parse-report-text';
import { lineEndsIn, printedBreaks } from './printed-breaks';
import { acceptAllRows, editedMeasure, initialEdit } from './row-edit';
import type { TextRow } from './split-rows';

// "ลดโอกาสในการเกิดทุจริต" ended its printed line at 45% of the column, though
// the next line's first word would have fitted: its author ended the line,
// so the space is real. Without the positions it reads as a wrap.
const printed = [
  { text: 'ลดโอกาสในการเกิดทุจริต', fill: 0.45 },
  { text: 'คู่มือดังกล่าวช่วยให้เจ้าหน้าที่สามารถ ระบุความเสี่ยง', fill: 0.97 },
  { text: 'การทุจริตได้', fill: 0.3 },
];
const text = cellText(printed);
const breaks = printedBreaks(text, lineEnds(printed));

describe('a PDF cell in the preview', () => {
  it('finds its line ends again by their words', () => {
    const ends = lineEndsIn(`- ${text}`, breaks).map((end) => end.at);
    expect(ends).toEqual([
      text.indexOf(' คู่มือ') + 2,
      text.indexOf(' การทุจริต') + 2,
    ]);
  });

  it('proposes from its line ends: a short line kept, a space inside a line kept', () => {
    const atShortEnd = text.indexOf(' คู่มือ');
    const inside = text.indexOf(' ระบุ');
    const atFullEnd = text.indexOf(' การทุจริต');
    const marks = (breaksGiven?: typeof breaks) =>
      wrapMarks(cleanable(text, breaksGiven)).map((mark) => mark.at);
    expect(marks()).toEqual([atShortEnd, inside, atFullEnd]);
    expect(marks(breaks)).toEqual([atFullEnd]);
  });

  it('keeps them from the PDF rows through the reading to the preview row', () => {
    const rows: TextRow[] = [
      { line: 1, cells: ['มาตรการ', 'วิธีการดำเนินการ', 'ผลลัพธ์'] },
      {
        line: 2,
        cells: ['๑. ก', '๑. ข', text],
        breaks: breaks.map((found) => ({ ...found, cell: 2 })),
      },
    ];
    const [measure] = parseReportRows(rows).measures;
    const edit = initialEdit(measure!);
    expect(wrapMarks(edit.outcome).map((mark) => mark.at)).toEqual([
      text.indexOf(' การทุจริต'),
    ]);
  });

  it("looks for a break only in its own column's text", () => {
    // The same words in the methods, printed on one line there: every space
    // of the methods was inside a line, though the outcome broke at them.
    const rows: TextRow[] = [
      { line: 1, cells: ['มาตรการ', 'วิธีการดำเนินการ', 'ผลลัพธ์'] },
      {
        line: 2,
        cells: ['๑. ก', `๑. ${text}`, text],
        breaks: breaks.map((found) => ({ ...found, cell: 2 })),
      },
    ];
    const [measure] = parseReportRows(rows).measures;
    const edit = initialEdit(measure!);
    expect(wrapMarks(edit.methods)).toEqual([]);
    expect(wrapMarks(edit.outcome)).toHaveLength(1);
  });
});

const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(new URL(`../fixtures/files/${name}`, import.meta.url)),
  );

describe('the fixture PDF after "accept clean-up"', () => {
  it("gives the real report's text in more cells with its line ends than without", async () => {
    const grid = gridFromPdf(await pdfPages(fixture('khunkaew-2568.pdf')));
    if (!grid.ok) throw new Error(grid.error);
    const rightCells = (rows: readonly TextRow[]) => {
      const parsed = parseReportRows(rows);
      const edits = acceptAllRows(parsed.measures.map(initialEdit));
      let right = 0;
      let all = 0;
      parsed.measures.forEach((measure, i) => {
        const done = editedMeasure(measure, edits[i]!, measure.period, []);
        const example = exampleMeasures[i]!;
        const pairs: [string, string][] = [
          [done.title, example.title],
          [done.result, example.update.result],
          [done.suggestions, example.update.suggestions],
          [done.outcome, example.update.outcome],
          ...done.methods.map((step, k): [string, string] => [
            step,
            example.methods[k] ?? '',
          ]),
        ];
        for (const [got, want] of pairs) {
          all++;
          if (got === want) right++;
        }
      });
      return { right, all };
    };
    const withoutPositions = rightCells(
      grid.rows.map(({ line, cells }) => ({ line, cells })),
    );
    const withPositions = rightCells(grid.rows);
    // 62 cells: titles, steps, results, suggestions, outcomes. Those left
    // wrong are wraps before และ (a phrase word this report writes both ways
    // inside its lines) and real spaces where the printed line was full:
    // the PDF prints them as it prints a wrap (accepted-cleanup.test.ts).
    expect(withPositions.all).toBe(62);
    expect(withoutPositions.all).toBe(62);
    expect(withoutPositions.right).toBe(45);
    expect(withPositions.right).toBe(53);
  }, 30_000);
});
