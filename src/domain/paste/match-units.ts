/**
 * Matching the unit names of a pasted report to the office's units. Names are
 * compared without spaces, since a PDF copy wraps them ("สำนัก ปลัดเทศบาล");
 * a cell that runs two units together ("กองคลัง กองช่าง") is cut where the
 * office's own names fit.
 */
import { normalizeUnitName } from '../office-defaults';
import type { Unit } from '../types';

export interface UnitMatch {
  /** The name as the report wrote it, or the part of it that names one unit. */
  name: string;
  /** The office's unit, or null when the office has none of that name. */
  unitId: string | null;
}

/** unitKey('สำนัก ปลัดเทศบาล') === unitKey('สำนักปลัดเทศบาล') */
export function unitKey(name: string): string {
  return normalizeUnitName(name).replace(/\s/g, '');
}

/** The longest run of words from `start` that is one unit's name. */
function longestUnitAt(
  words: readonly string[],
  start: number,
  byKey: ReadonlyMap<string, Unit>,
): { unit: Unit; end: number } | null {
  for (let end = words.length; end > start; end--) {
    const unit = byKey.get(unitKey(words.slice(start, end).join('')));
    if (unit) return { unit, end };
  }
  return null;
}

function matchName(
  name: string,
  byKey: ReadonlyMap<string, Unit>,
): UnitMatch[] {
  const whole = byKey.get(unitKey(name));
  if (whole) return [{ name: whole.name, unitId: whole.id }];
  const words = normalizeUnitName(name).split(' ');
  const matches: UnitMatch[] = [];
  let unknown: string[] = [];
  const flush = () => {
    if (unknown.length > 0)
      matches.push({ name: unknown.join(' '), unitId: null });
    unknown = [];
  };
  let next = 0; // the first word not yet matched
  for (const [i, word] of words.entries()) {
    if (i < next) continue;
    const found = longestUnitAt(words, i, byKey);
    if (!found) {
      unknown.push(word);
      continue;
    }
    flush();
    matches.push({ name: found.unit.name, unitId: found.unit.id });
    next = found.end;
  }
  flush();
  return matches;
}

/** matchUnits(['กองคลัง กองช่าง'], units) → two matches, one per unit */
export function matchUnits(
  names: readonly string[],
  units: readonly Unit[],
): UnitMatch[] {
  const byKey = new Map(units.map((unit) => [unitKey(unit.name), unit]));
  const matches = names.flatMap((name) => matchName(name, byKey));
  const seen = new Set<string>();
  return matches.filter((match) => {
    const key = match.unitId ?? `?${unitKey(match.name)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
