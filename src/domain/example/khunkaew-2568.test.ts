/**
 * The example data is a faithful transcription of the published report in
 * ../fixtures: every cell kept, nothing invented, nothing duplicated.
 *
 * No parser re-derives the data. The fixture is only cut into its 7 columns,
 * and both sides are compared with every space and `<p>` tag removed, so the
 * checks hold whatever the PDF copy did to the spacing, and whatever spaces
 * the transcription repaired.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { exampleReport } from '@/testing/example-report';
import { thaiReportLabels } from '@/testing/report-labels';

import { fiscalYearRange } from '../fiscal-year';
import { periodRange } from '../period';
import { reportToTable } from '../report/report-text';
import { roundsCountedFor, roundToStore } from '../round';
import type { Period } from '../types';
import {
  EXAMPLE_FISCAL_YEAR,
  type ExampleMeasure,
  exampleMeasures,
  exampleOffice,
} from './khunkaew-2568';

const fixture = readFileSync(
  new URL('../fixtures/ita-report-khunkaew-2568.txt', import.meta.url),
  'utf8',
);

const COLUMNS = 7;
const [TITLE, METHODS, PERIOD, RESULT, SUGGESTIONS, UNITS, OUTCOME] = [
  0, 1, 2, 3, 4, 5, 6,
] as const;
const CONTINUED = '(ต่อ)';
const ALL_UNITS = 'ทุกส่วนราชการ';

/** Removes what the PDF copy adds or moves: `<p>` tags and all whitespace. */
const squash = (text: string) =>
  text.replace(/<\/?p>/g, '').replace(/\s+/g, '');

/** thaiNumber(11) === '๑๑' */
const thaiNumber = (n: number) =>
  String(n).replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));

/** Thai letters, vowels and marks (U+0E01–U+0E4F); Thai digits are not counted. */
const thaiLetters = (text: string) =>
  text.match(/[\u0E01-\u0E4F]/g)?.length ?? 0;

/**
 * The places where a space cuts a Thai syllable in two (as in "ต าม", "ก าร"):
 * before a following vowel or a mark, or after a leading vowel.
 */
function cutSyllables(text: string): string[] {
  const cuts: string[] = [];
  for (let i = 1; i < text.length - 1; i++) {
    if (text[i] !== ' ') continue;
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    const follows =
      (after >= 0x0e30 && after <= 0x0e3a) ||
      after === 0x0e45 ||
      (after >= 0x0e47 && after <= 0x0e4e);
    const leads = before >= 0x0e40 && before <= 0x0e44;
    if (follows || leads) cuts.push(text.slice(i - 1, i + 2));
  }
  return cuts;
}

const tableRows = fixture
  .split('\n')
  .map((line) => line.split('\t'))
  .filter((cells) => cells.length === COLUMNS);
const isHeader = (cells: string[]) =>
  squash(cells[TITLE]!) === 'มาตรการ/แนวทาง';
const isContinued = (cells: string[]) =>
  squash(cells[TITLE]!).endsWith(CONTINUED);
const dataRows = tableRows.filter((cells) => !isHeader(cells));

/** Whether a cell of a `(ต่อ)` row only repeats the cell above it. */
function repeatsAbove(row: number, column: number): boolean {
  const cell = squash(dataRows[row]![column]!);
  const above = squash(dataRows[row - 1]![column]!);
  return column === TITLE
    ? cell === `${above}${CONTINUED}`
    : cell === '' || cell === above;
}

/**
 * One row of squashed cells per measure: a `(ต่อ)` row's new text is appended
 * to the row above; the cells it merely repeats are dropped.
 */
const measureRows: string[][] = [];
dataRows.forEach((cells, row) => {
  if (!isContinued(cells)) {
    measureRows.push(cells.map(squash));
    return;
  }
  const first = measureRows.at(-1)!;
  cells.forEach((cell, column) => {
    if (!repeatsAbove(row, column)) first[column] += squash(cell);
  });
});

const unitsText = (m: ExampleMeasure) =>
  m.allUnits ? ALL_UNITS : m.unitNames.join('');

/** Every transcribed text field of a measure, by the column it came from. */
const textFields = (m: ExampleMeasure) => [
  m.title,
  ...m.methods,
  m.update.result,
  m.update.suggestions,
  m.update.outcome,
];

describe('the example report (เทศบาลตำบลขุนแก้ว, FY2568)', () => {
  it('has the 11 measures of the report, with unique titles', () => {
    expect(tableRows.filter(isHeader)).toHaveLength(10);
    expect(dataRows.filter(isContinued)).toHaveLength(2);
    expect(measureRows).toHaveLength(11);
    expect(exampleMeasures).toHaveLength(11);
    const titles = exampleMeasures.map((m) => m.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(EXAMPLE_FISCAL_YEAR).toBe(2568);
  });

  describe.each(exampleMeasures.map((m, i) => [i + 1, m, measureRows[i]!]))(
    'measure %i',
    (number, measure, row) => {
      it('has the title of the report, without its number', () => {
        expect(row[TITLE]).toBe(
          `${thaiNumber(number)}.${squash(measure.title)}`,
        );
      });

      it('has every method step, in order, without its number or dash, in the style of the report', () => {
        const cell = row[METHODS]!;
        let at = 0;
        measure.methods.forEach((method, i) => {
          const marker = {
            numbered: `${thaiNumber(i + 1)}.`,
            bulleted: '-',
            plain: '',
          }[measure.methodsStyle!];
          expect(cell.startsWith(marker, at)).toBe(true);
          at += marker.length;
          const text = squash(method);
          expect(text).not.toBe('');
          expect(cell.slice(at, at + text.length)).toBe(text);
          at += text.length;
        });
        expect(at).toBe(cell.length);
      });

      it('has the result, its link as evidence, the suggestions and the outcome', () => {
        const { update } = measure;
        expect(row[RESULT]).toBe(
          squash(update.result) + update.evidence.join(''),
        );
        expect(row[SUGGESTIONS]).toBe(squash(update.suggestions));
        expect(row[OUTCOME]).toBe(squash(update.outcome));
        expect(measure.evidence).toEqual(update.evidence);
      });

      it('has the responsible units of the report', () => {
        expect(row[UNITS]).toBe(unitsText(measure));
        if (measure.allUnits) expect(measure.unitNames).toEqual([]);
      });

      it('is reported done when its period ended, within the fiscal year', () => {
        const { end } = periodRange(measure.period, EXAMPLE_FISCAL_YEAR);
        const { start } = fiscalYearRange(EXAMPLE_FISCAL_YEAR);
        expect(measure.update).toMatchObject({
          // A period that ended before the year: done when the year began.
          date: end < start ? start : end,
          round: roundToStore(measure.update.date, EXAMPLE_FISCAL_YEAR, false),
          status: 'completed',
          percent: 100,
          problems: '',
          reporter: '',
        });
        expect(measure.expectedOutcome).toBe('');
        expect(measure.weakness).toBe('');
      });
    },
  );

  it('prints every one of the 77 cells as the published report has it', () => {
    // List markers included: a step list keeps the style it was written in.
    const report = exampleReport();
    const printed = reportToTable(report, thaiReportLabels(report)).rows;
    const differ: string[] = [];
    let compared = 0;
    measureRows.forEach((row, r) =>
      row.forEach((cell, c) => {
        compared++;
        if (squash(printed[r]?.[c] ?? '') !== cell)
          differ.push(`${r + 1}:${c + 1}`);
      }),
    );
    expect(compared).toBe(77);
    expect(differ).toEqual([]);
  });

  it('counts for the 6-month round where the dates say so, and every measure for the year', () => {
    const counted = exampleMeasures.map((m) =>
      roundsCountedFor(m.update, EXAMPLE_FISCAL_YEAR),
    );
    // ม.ค.–มี.ค.๖๘ (๕), ธันวาคม ๒๕๖๖ (๑๐, before the year) and ต.ค.๖๗–มี.ค.๖๘ (๑๑).
    const sixMonth = [5, 10, 11];
    counted.forEach((rounds, i) =>
      expect(rounds).toEqual(
        sixMonth.includes(i + 1) ? ['six-month', 'annual'] : ['annual'],
      ),
    );
  });

  it('keeps every Thai letter of the report once: none dropped, none doubled', () => {
    const letters = (cells: string[][], column: number) =>
      cells.reduce((sum, row) => sum + thaiLetters(row[column]!), 0);
    // The whole fixture, less what is not a transcribed cell: the title
    // block, the header rows, the periods (kept as data, checked below) and
    // the cells that a (ต่อ) row repeats. Thai digits (the numbering) are not
    // letters.
    const titleBlock = fixture
      .split('\n')
      .filter((line) => line.split('\t').length !== COLUMNS)
      .join('');
    const headers = tableRows.filter(isHeader);
    let repeated = 0;
    dataRows.forEach((cells, row) => {
      if (!isContinued(cells)) return;
      cells.forEach((cell, column) => {
        if (column !== PERIOD && repeatsAbove(row, column))
          repeated += thaiLetters(cell);
      });
    });
    const inReport =
      thaiLetters(fixture) -
      thaiLetters(titleBlock) -
      headers.reduce((sum, cells) => sum + thaiLetters(cells.join('')), 0) -
      letters(dataRows, PERIOD) -
      repeated;

    const transcribed = exampleMeasures.reduce(
      (sum, m) => sum + thaiLetters(textFields(m).join('') + unitsText(m)),
      0,
    );
    expect(inReport).toBeGreaterThan(5000);
    expect(transcribed).toBe(inReport);
  });

  it('reads the periods as the report gives them', () => {
    const expected: Record<string, Period> = {
      ทั้งปีงบประมาณ: { kind: 'fiscal-year' },
      'ต.ค.๖๗-ก.ย.๖๘': { kind: 'months', from: '2024-10', to: '2025-09' },
      'ม.ค.๖๘-มี.ค.๖๘': { kind: 'months', from: '2025-01', to: '2025-03' },
      'ต.ค.๖๗-เม.ย.๖๘': { kind: 'months', from: '2024-10', to: '2025-04' },
      ธันวาคม๒๕๖๖: { kind: 'months', from: '2023-12', to: '2023-12' },
      'ต.ค.๖๗-มี.ค.๖๘': { kind: 'months', from: '2024-10', to: '2025-03' },
    };
    const periods = measureRows.map((row) => expected[row[PERIOD]!]);
    expect(exampleMeasures.map((m) => m.period)).toEqual(periods);
    expect(periods).not.toContain(undefined);
  });

  it('names only units of the office', () => {
    const units = new Set(exampleOffice.unitNames);
    expect(units.size).toBe(exampleOffice.unitNames.length);
    expect(units).toContain('สำนักปลัดเทศบาล');
    expect(units).toContain('กองคลัง');
    for (const m of exampleMeasures) {
      for (const name of m.unitNames) expect(units).toContain(name);
    }
  });

  it('links only to http(s) addresses that the report gives', () => {
    const links = exampleMeasures.flatMap((m) => [
      ...m.evidence,
      ...m.update.evidence,
    ]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of [...links, exampleOffice.website]) {
      expect(link).toMatch(/^https?:\/\/\S+$/);
      expect(fixture).toContain(link);
    }
  });

  it('leaves no trace of the PDF copy in the text', () => {
    for (const m of exampleMeasures) {
      for (const text of textFields(m)) {
        for (const line of text.split('\n')) {
          expect(line).toBe(line.trim());
          expect(line).not.toMatch(/ {2}|<\/?p>|\(ต่อ\)|https?:/);
          expect(cutSyllables(line)).toEqual([]);
        }
      }
      for (const method of m.methods) {
        expect(method).not.toMatch(/^([๐-๙0-9]+ ?\.|-)/);
      }
      expect(m.title).not.toMatch(/^[๐-๙0-9]/);
    }
  });

  it('describes the office as the report does', () => {
    const { name, district, province, kind, website } = exampleOffice;
    expect(fixture).toContain(`${name} อำเภอ${district} จังหวัด${province}`);
    expect(kind).toBe('subdistrict-municipality');
    expect(website).toBe('http://www.khunkaew.go.th');
    // The report has no sign-off block: positions only, no names.
    for (const person of [
      exampleOffice.preparedBy,
      exampleOffice.endorsedBy,
      exampleOffice.approvedBy,
    ]) {
      expect(person.name).toBe('');
      expect(person.position).not.toBe('');
    }
  });
});
