/**
 * Measures by responsible unit. A measure of several units counts in each of
 * them. A measure of ทุกส่วนราชการ (allUnits) counts once, in its own row, not
 * in every unit's: spread over every unit it would make each unit look busier
 * than its own measures make it, and a late one would count as late N times.
 */
import type { Unit } from '../types';
import { idsOf, type MeasureFacts } from './measure-facts';

export type UnitRowKind = 'unit' | 'all-units' | 'no-unit';

export interface UnitRow {
  kind: UnitRowKind;
  /** The unit's id (kind 'unit'); a unit the office no longer has keeps its id. */
  unitId: string | null;
  /** The unit's name; null for the special rows and for a unit no longer in the office. */
  name: string | null;
  measureIds: string[];
  completedIds: string[];
  lateIds: string[];
}

function rowOf(
  kind: UnitRowKind,
  unitId: string | null,
  name: string | null,
  facts: readonly MeasureFacts[],
): UnitRow {
  return {
    kind,
    unitId,
    name,
    measureIds: idsOf(facts),
    completedIds: idsOf(facts.filter((f) => f.status === 'completed')),
    lateIds: idsOf(facts.filter((f) => f.status === 'late')),
  };
}

/**
 * One row per unit of the office in its order (even with no measure, so a
 * manager sees who has none), then units no longer in the office, then
 * ทุกส่วนราชการ and measures without a unit when there are any.
 */
export function byUnit(
  facts: readonly MeasureFacts[],
  units: readonly Unit[],
): UnitRow[] {
  const ofUnit = (id: string) =>
    facts.filter((f) => !f.measure.allUnits && f.measure.unitIds.includes(id));
  const known = new Set(units.map((u) => u.id));
  const unknownIds = [
    ...new Set(
      facts
        .filter((f) => !f.measure.allUnits)
        .flatMap((f) => f.measure.unitIds)
        .filter((id) => !known.has(id)),
    ),
  ];
  const allUnits = facts.filter((f) => f.measure.allUnits);
  const noUnit = facts.filter(
    (f) => !f.measure.allUnits && f.measure.unitIds.length === 0,
  );
  return [
    ...units.map((u) => rowOf('unit', u.id, u.name, ofUnit(u.id))),
    ...unknownIds.map((id) => rowOf('unit', id, null, ofUnit(id))),
    ...(allUnits.length > 0 ? [rowOf('all-units', null, null, allUnits)] : []),
    ...(noUnit.length > 0 ? [rowOf('no-unit', null, null, noUnit)] : []),
  ];
}

export type UnitsTotal = Pick<
  UnitRow,
  'measureIds' | 'completedIds' | 'lateIds'
>;

/**
 * The year's measures under the by-unit table, each counted once: the rows
 * count a measure of two units twice, so their sum would not be a count of
 * measures. Every measure is in some row (its units', ทุกส่วนราชการ's, or the
 * row without a unit), so the rows' measures together are the year's.
 */
export function unitsTotal(rows: readonly UnitRow[]): UnitsTotal {
  const union = (pick: (row: UnitRow) => readonly string[]) => [
    ...new Set(rows.flatMap(pick)),
  ];
  return {
    measureIds: union((r) => r.measureIds),
    completedIds: union((r) => r.completedIds),
    lateIds: union((r) => r.lateIds),
  };
}
