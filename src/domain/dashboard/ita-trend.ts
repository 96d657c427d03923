/** The office's ITA results over the years, beside how many measures each year had. */
import type { ItaResult } from '../types';

export interface ItaYear {
  fiscalYear: number;
  score: number | null;
  level: string | null;
  measures: number;
}

/**
 * One row per year that has a result or measures, oldest first.
 * itaTrend([{ fiscalYear: 2568, score: 96.73, level: 'AA' }], new Map([[2568, 11]]))
 *   → [{ fiscalYear: 2568, score: 96.73, level: 'AA', measures: 11 }]
 */
export function itaTrend(
  results: readonly ItaResult[],
  measuresByYear: ReadonlyMap<number, number>,
): ItaYear[] {
  const years = [
    ...new Set([...results.map((r) => r.fiscalYear), ...measuresByYear.keys()]),
  ].sort((a, b) => a - b);
  return years.map((fiscalYear) => {
    const result = results.find((r) => r.fiscalYear === fiscalYear);
    return {
      fiscalYear,
      score: result?.score ?? null,
      level: result?.level ?? null,
      measures: measuresByYear.get(fiscalYear) ?? 0,
    };
  });
}
