/**
 * A date or month more than a year away from the fiscal year it belongs to is
 * a slip of the year more often than a plan (DESIGN.md): the year of the other
 * era (CE 2026 typed where BE 2569 was meant lands in BE 2026 = CE 1483), the
 * 543 years added twice (BE 3112), or a mistyped digit. Saying which, and the
 * year that was likely meant, lets the person put it right in one go.
 */
import { toBuddhistYear, toGregorianYear } from './fiscal-year';
import type { IsoDate, YearMonth } from './types';

const ERA_GAP = 543;

export interface YearSlip {
  /** 'added-543': 543 years too late; 'missing-543': 543 years too early. */
  kind: 'added-543' | 'missing-543' | 'far';
  /** The Gregorian year likely meant. */
  year: number;
}

function fiscalYearOfMonth(year: number, month: number): number {
  return toBuddhistYear(month >= 10 ? year + 1 : year);
}

/** yearSlip('1483-12-01', 2570) → { kind: 'missing-543', year: 2026 }; null within a year of the fiscal year */
export function yearSlip(
  date: IsoDate | YearMonth,
  fiscalYear: number,
): YearSlip | null {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const near = (y: number) =>
    Math.abs(fiscalYearOfMonth(y, month) - fiscalYear) <= 1;
  if (near(year)) return null;
  if (near(year - ERA_GAP)) return { kind: 'added-543', year: year - ERA_GAP };
  if (near(year + ERA_GAP)) {
    return { kind: 'missing-543', year: year + ERA_GAP };
  }
  // October to December open the fiscal year, in the year before it ends.
  const endYear = toGregorianYear(fiscalYear);
  return { kind: 'far', year: month >= 10 ? endYear - 1 : endYear };
}
