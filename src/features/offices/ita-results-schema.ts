import { z } from 'zod';

import { parseNumber } from '@/domain/digits';
import type { ItaResult } from '@/domain/types';

/** Text inputs so that Thai digits are accepted; checked and converted here. */
const numberIn = (min: number, max: number, message: string) =>
  z
    .string()
    .refine((raw) => {
      const value = parseNumber(raw);
      return value !== null && value >= min && value <= max;
    }, message)
    .transform((raw) => parseNumber(raw) as number);

export const itaResultsSchema = z
  .object({
    results: z.array(
      z.object({
        fiscalYear: numberIn(2400, 2700, 'errors.fiscalYearRange').refine(
          Number.isInteger,
          'errors.fiscalYearRange',
        ),
        score: numberIn(0, 100, 'errors.scoreRange'),
        level: z
          .string()
          .trim()
          .min(1, 'errors.required')
          .max(40, 'errors.tooLong'),
      }),
    ),
  })
  .superRefine(({ results }, ctx) => {
    const seen = new Set<number>();
    results.forEach((r, index) => {
      if (seen.has(r.fiscalYear)) {
        ctx.addIssue({
          code: 'custom',
          path: ['results', index, 'fiscalYear'],
          message: 'errors.duplicateYear',
        });
      }
      seen.add(r.fiscalYear);
    });
  });

export type ItaResultsInput = z.input<typeof itaResultsSchema>;
export type ItaResultsValues = z.output<typeof itaResultsSchema>;

export const toRows = (results: readonly ItaResult[]): ItaResultsInput => ({
  results: results.map((r) => ({
    fiscalYear: String(r.fiscalYear),
    score: String(r.score),
    level: r.level,
  })),
});
