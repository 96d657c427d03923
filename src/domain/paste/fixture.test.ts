/**
 * The real report (../fixtures) pasted: exactly its 11 measures, every cell's
 * text kept and nothing repeated across a page break. The oracle is the
 * example data, transcribed from the same report by hand; both sides are
 * compared with all white space removed, because the transcription also
 * mended the spaces the PDF's line wrapping put inside Thai words.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { EXAMPLE_FISCAL_YEAR, exampleMeasures } from '../example/khunkaew-2568';
import { parseReportText } from './parse-report-text';

const fixture = readFileSync(
  new URL('../fixtures/ita-report-khunkaew-2568.txt', import.meta.url),
  'utf8',
);
const squash = (text: string) => text.replace(/\s+/g, '');
const parsed = parseReportText(fixture);

describe('the published report of เทศบาลตำบลขุนแก้ว, pasted', () => {
  it('gives its 11 measures, numbered 1–11, with no issue', () => {
    expect(parsed.issues).toEqual([]);
    expect(parsed.measures.map((m) => m.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    expect(parsed.fiscalYear).toBe(EXAMPLE_FISCAL_YEAR);
    expect(parsed.officeName).toBe('เทศบาลตำบลขุนแก้ว');
  });

  describe.each(exampleMeasures.map((example, i) => [i + 1, example] as const))(
    'measure %i',
    (number, example) => {
      const measure = parsed.measures[number - 1]!;

      it('keeps the title and every method step, in the list style of the report', () => {
        expect(squash(measure.title)).toBe(squash(example.title));
        expect(measure.methods.map(squash)).toEqual(
          example.methods.map(squash),
        );
        expect(measure.methodsStyle).toBe(example.methodsStyle);
      });

      it('reads the period and the responsible units', () => {
        expect(measure.period).toEqual(example.period);
        expect(measure.allUnits).toBe(example.allUnits);
        expect(measure.unitNames.map(squash)).toEqual(example.unitNames);
      });

      it('keeps the results, one bullet per line, links as evidence', () => {
        const { update } = example;
        expect(squash(measure.result)).toBe(squash(update.result));
        expect(squash(measure.suggestions)).toBe(squash(update.suggestions));
        expect(squash(measure.outcome)).toBe(squash(update.outcome));
        expect(measure.evidence).toEqual(update.evidence);
        expect(measure.outcome.split('\n')).toHaveLength(
          update.outcome.split('\n').length,
        );
        expect(measure.result.split('\n')).toHaveLength(
          update.result.split('\n').length,
        );
      });
    },
  );
});
