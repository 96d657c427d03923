/**
 * A report made from measures, copied as text, reads back as the same
 * measures: the parser and the report agree on every cell, for any measures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { thaiReportLabels, NO_UPDATE_TH } from '@/testing/report-labels';

import { yearMonthOf } from '../fiscal-year';
import { methodsStyleOf } from '../methods-style';
import { buildReport, type Report } from '../report/build-report';
import { reportToText, rowCells } from '../report/report-text';
import {
  METHODS_STYLES,
  type Measure,
  type Office,
  type Period,
  type ProgressUpdate,
  type Round,
} from '../types';
import { parseReportText } from './parse-report-text';

const FISCAL_YEAR = 2568;
const UNITS = [
  { id: 'u1', name: 'สำนักปลัดเทศบาล' },
  { id: 'u2', name: 'กองคลัง' },
  { id: 'u3', name: 'กองการศึกษา ศาสนาและวัฒนธรรม' },
  { id: 'u4', name: 'Audit unit' },
];
const nobody = { name: '', position: '' };
const office = {
  id: 'office',
  name: 'เทศบาลตำบลทดสอบ',
  district: 'เมือง',
  province: 'นครปฐม',
  units: UNITS,
  preparedBy: nobody,
  endorsedBy: nobody,
  approvedBy: nobody,
} as unknown as Office;

// Words with what trips parsers up: quotes, Thai digits, dots, slashes,
// commas, a hyphen inside a word, brackets, Latin text.
const WORDS = [
  'การ',
  'ประชุม',
  'คู่มือ',
  'ติดตามผล',
  'ITA',
  'No Gift Policy',
  '๖',
  'เดือน',
  '96.73',
  'ก.ค.',
  'พ.ศ.',
  '"ดี"',
  'แนวทาง/มาตรการ',
  'ท้องถิ่น,',
  'e-service',
  '(ต่อไป)',
  'ฯลฯ',
  "Don'ts",
];
const text = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 })
  .map((words) => words.join(' '));
const lines = fc.array(text, { maxLength: 3 }).map((list) => list.join('\n'));

const period: fc.Arbitrary<Period> = fc.oneof(
  fc.constant<Period>({ kind: 'fiscal-year' }),
  fc
    .record({
      year: fc.integer({ min: 1990, max: 2040 }),
      month: fc.integer({ min: 1, max: 12 }),
      length: fc.integer({ min: 0, max: 24 }),
    })
    .map(({ year, month, length }): Period => {
      const end = year * 12 + month - 1 + length;
      return {
        kind: 'months',
        from: yearMonthOf(year, month),
        to: yearMonthOf(Math.floor(end / 12), (end % 12) + 1),
      };
    }),
);

const link = fc
  .integer({ min: 1, max: 99 })
  .map((n) => `https://x${n}.go.th/p`);

const updateInput = fc.record({
  inRound: fc.boolean(),
  result: lines,
  suggestions: lines,
  outcome: lines,
  problems: lines,
  evidence: fc.array(link, { maxLength: 2 }),
});

const measureInput = fc.record({
  title: text,
  methods: fc.array(text, { maxLength: 4 }),
  methodsStyle: fc.option(fc.constantFrom(...METHODS_STYLES), {
    nil: undefined,
  }),
  evidence: fc.array(link, { maxLength: 2 }),
  period,
  allUnits: fc.boolean(),
  unitIds: fc.subarray(UNITS.map((u) => u.id)),
  updates: fc.array(updateInput, { maxLength: 3 }),
});

type MeasureInput =
  typeof measureInput extends fc.Arbitrary<infer T> ? T : never;

const measureOf = (fields: Omit<MeasureInput, 'updates'>, i: number) =>
  ({
    ...fields,
    id: `m${i}`,
    officeId: office.id,
    fiscalYear: FISCAL_YEAR,
    order: i + 1,
    expectedOutcome: '',
    weakness: '',
  }) as unknown as Measure;

const updateOf = (
  measureId: string,
  id: string,
  date: string,
  round: Round,
  texts: Pick<
    ProgressUpdate,
    'result' | 'suggestions' | 'outcome' | 'problems' | 'evidence'
  >,
) =>
  ({
    ...texts,
    id,
    measureId,
    officeId: office.id,
    round,
    date,
    updatedAt: '',
  }) as unknown as ProgressUpdate;

function records(inputs: MeasureInput[], round: Round) {
  const measures: Measure[] = [];
  const updates: ProgressUpdate[] = [];
  inputs.forEach(({ updates: own, ...fields }, i) => {
    const measure = measureOf(fields, i);
    measures.push(measure);
    own.forEach(({ inRound, ...texts }, j) => {
      // In both rounds: November, a day apart; out of them: before the year.
      const date = inRound
        ? `2024-11-${String(j + 1).padStart(2, '0')}`
        : '2024-09-30';
      updates.push(updateOf(measure.id, `u${i}-${j}`, date, round, texts));
    });
  });
  return { measures, updates };
}

const cellsOf = (report: Report) =>
  report.rows.map((row) => rowCells(row, report, thaiReportLabels(report)));

describe('report → text → parse', () => {
  it('gives back the measures and the results of the round', () => {
    fc.assert(
      fc.property(
        fc.array(measureInput, { minLength: 1, maxLength: 6 }),
        fc.constantFrom<Round>('six-month', 'annual'),
        fc.constantFrom('thai' as const, 'arabic' as const),
        (inputs, round, digits) => {
          const { measures, updates } = records(inputs, round);
          const report = buildReport(
            office,
            measures,
            updates,
            FISCAL_YEAR,
            round,
            digits,
          );
          const pasted = reportToText(report, thaiReportLabels(report));
          const parsed = parseReportText(pasted, {
            noUpdateWords: [NO_UPDATE_TH],
          });

          expect(parsed.issues).toEqual([]);
          expect(parsed.fiscalYear).toBe(FISCAL_YEAR);
          expect(parsed.measures).toHaveLength(inputs.length);
          inputs.forEach((input, i) => {
            const got = parsed.measures[i]!;
            const inRound = input.updates.filter((u) => u.inRound);
            // One update of the round reads back as it was typed.
            const reported = inRound.length === 1 ? inRound[0]! : null;
            expect(got).toMatchObject({
              number: i + 1,
              title: input.title,
              methods: input.methods,
              period: input.period,
              allUnits: input.allUnits,
              unitNames: input.allUnits
                ? []
                : UNITS.filter((u) => input.unitIds.includes(u.id)).map(
                    (u) => u.name,
                  ),
              // The measure's own links print with the result's.
              evidence: [
                ...new Set([
                  ...inRound.flatMap((u) => u.evidence),
                  ...input.evidence,
                ]),
              ],
            });
            // Steps read back in the list style they were printed in.
            expect(got.methodsStyle).toBe(
              input.methods.length ? methodsStyleOf(input) : undefined,
            );
            if (inRound.length === 0 || reported) {
              expect(got).toMatchObject({
                result: reported?.result ?? '',
                suggestions: reported?.suggestions ?? '',
                outcome: reported?.outcome ?? '',
                problems: reported?.problems ?? '',
              });
            }
          });

          // Several updates of a round read back as one that holds them all:
          // printed again, it is the same report, cell for cell.
          const again = parsed.measures.flatMap((got, i) =>
            inputs[i]!.updates.some((u) => u.inRound)
              ? [
                  updateOf(`m${i}`, `again${i}`, '2024-11-01', round, {
                    result: got.result,
                    suggestions: got.suggestions,
                    outcome: got.outcome,
                    problems: got.problems,
                    evidence: got.evidence,
                  }),
                ]
              : [],
          );
          const reprinted = buildReport(
            office,
            measures,
            again,
            FISCAL_YEAR,
            round,
            digits,
          );
          expect(cellsOf(reprinted)).toEqual(cellsOf(report));
        },
      ),
      { numRuns: 300 },
    );
  });
});
