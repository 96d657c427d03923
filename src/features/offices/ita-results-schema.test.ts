import { describe, expect, it } from 'vitest';

import { itaResultsSchema } from './ita-results-schema';

const row = (fiscalYear: string, score: string, level = 'AA') => ({
  fiscalYear,
  score,
  level,
});

function messages(results: ReturnType<typeof row>[]) {
  const parsed = itaResultsSchema.safeParse({ results });
  return parsed.success
    ? {}
    : Object.fromEntries(
        parsed.error.issues.map((i) => [i.path.join('.'), i.message]),
      );
}

describe('itaResultsSchema', () => {
  it('reads Thai and Arabic digits', () => {
    expect(
      itaResultsSchema.parse({
        results: [row('๒๕๖๘', '๙๖.๗๓'), row('2567', '88')],
      }).results,
    ).toEqual([
      { fiscalYear: 2568, score: 96.73, level: 'AA' },
      { fiscalYear: 2567, score: 88, level: 'AA' },
    ]);
  });

  it.each([
    [
      'a score over 100',
      [row('2568', '101')],
      { 'results.0.score': 'errors.scoreRange' },
    ],
    [
      'a score that is not a number',
      [row('2568', 'ดี')],
      { 'results.0.score': 'errors.scoreRange' },
    ],
    [
      'a year outside the Buddhist era range',
      [row('2025', '90')],
      { 'results.0.fiscalYear': 'errors.fiscalYearRange' },
    ],
    [
      'no level',
      [row('2568', '90', ' ')],
      { 'results.0.level': 'errors.required' },
    ],
    [
      'the same year twice',
      [row('2568', '90'), row('๒๕๖๘', '80')],
      { 'results.1.fiscalYear': 'errors.duplicateYear' },
    ],
  ])('rejects %s', (_name, results, expected) => {
    expect(messages(results)).toEqual(expected);
  });
});
