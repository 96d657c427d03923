import type { Measure, Office } from '@/domain/types';

/**
 * Names of a measure's responsible units; `null` stands for ทุกส่วนราชการ.
 * A unit since removed from the office is skipped rather than shown as an id.
 */
export function measureUnitNames(
  measure: Measure,
  office: Office,
): string[] | null {
  if (measure.allUnits) return null;
  return measure.unitIds.flatMap(
    (id) => office.units.find((u) => u.id === id)?.name ?? [],
  );
}
