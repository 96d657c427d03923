import type { DashboardRow } from '@/domain/dashboard/measure-facts';
import type { Measure, Unit } from '@/domain/types';

export interface MeasureLabel {
  measure: Measure;
  /** Position in the year's list, from 1: the measure's number in the report. */
  number: number;
}

/** The measures of the dashboard by id, with their numbers (rows come in report order). */
export function measureLabels(
  rows: readonly DashboardRow<Measure>[],
): Map<string, MeasureLabel> {
  return new Map(
    rows.map(({ measure }, index) => [
      measure.id,
      { measure, number: index + 1 },
    ]),
  );
}

/** The measure's units as text; ทุกส่วนราชการ in words, removed units skipped. */
export function unitsText(
  measure: Measure,
  units: readonly Unit[],
  allUnits: string,
): string {
  if (measure.allUnits) return allUnits;
  return measure.unitIds
    .flatMap((id) => units.find((u) => u.id === id)?.name ?? [])
    .join(', ');
}
