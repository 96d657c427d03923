import type { Measure, MeasureStatus, Round } from '@/domain/types';

export interface MeasureFilter {
  status: MeasureStatus | '';
  unitId: string;
  text: string;
  /** Only these measures (e.g. those behind a dashboard figure); empty = all. */
  ids: readonly string[];
}

export const NO_FILTER: MeasureFilter = {
  status: '',
  unitId: '',
  text: '',
  ids: [],
};

export interface MeasureRow {
  measure: Measure;
  /** Position in the year's list, from 1: the measure's number in the report. */
  number: number;
  status: MeasureStatus;
  /** The latest update's percent; undefined before any update. */
  percent: number | undefined;
  lastUpdate: string | undefined;
  /** Rounds an update counts for (domain/round.ts), from the summary. */
  rounds: readonly Round[];
}

/** Rows that pass the filter. A measure of ทุกส่วนราชการ belongs to every unit. */
export function filterRows(rows: readonly MeasureRow[], filter: MeasureFilter) {
  const needle = filter.text.trim().toLocaleLowerCase('th');
  return rows.filter(({ measure, status }) => {
    if (filter.ids.length > 0 && !filter.ids.includes(measure.id)) return false;
    if (filter.status && status !== filter.status) return false;
    if (
      filter.unitId &&
      !measure.allUnits &&
      !measure.unitIds.includes(filter.unitId)
    ) {
      return false;
    }
    if (!needle) return true;
    const haystack = [
      measure.title,
      ...measure.methods,
      measure.expectedOutcome,
      measure.weakness,
    ]
      .join('\n')
      .toLocaleLowerCase('th');
    return haystack.includes(needle);
  });
}

/**
 * Ids of the measures still without an update that counts for the round; a
 * cancelled measure owes nothing (as the dashboard's round completeness).
 */
export function missingInRound(
  rows: readonly MeasureRow[],
  round: Round,
): string[] {
  return rows
    .filter((r) => r.status !== 'cancelled' && !r.rounds.includes(round))
    .map((r) => r.measure.id);
}
