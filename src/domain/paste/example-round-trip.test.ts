/** The example's year, made into a report and copied as text, reads back exactly. */
import { describe, expect, it } from 'vitest';

import { exampleReport } from '@/testing/example-report';
import { thaiReportLabels } from '@/testing/report-labels';

import { exampleMeasures } from '../example/khunkaew-2568';
import { reportToText } from '../report/report-text';
import { parseReportText } from './parse-report-text';

describe('the example report → text → parse', () => {
  it('gives back the example measures and their results', () => {
    const report = exampleReport();
    const parsed = parseReportText(
      reportToText(report, thaiReportLabels(report)),
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.measures).toHaveLength(exampleMeasures.length);
    exampleMeasures.forEach((example, i) => {
      expect(parsed.measures[i]).toMatchObject({
        number: i + 1,
        title: example.title,
        methods: example.methods,
        period: example.period,
        allUnits: example.allUnits,
        unitNames: example.unitNames,
        result: example.update.result,
        suggestions: example.update.suggestions,
        outcome: example.update.outcome,
        evidence: example.update.evidence,
      });
    });
  });
});
