/**
 * Saving measures read from a pasted report: the units the person chose to
 * add, the measures after the year's existing ones, each measure's results
 * as a progress update, and their summaries — in one change, so a failure
 * leaves nothing half-imported.
 */
import type { ImportPlan } from '@/domain/paste/import-plan';
import { unitKey } from '@/domain/paste/match-units';
import type { Content } from '@/domain/revision';
import type { Measure, ProgressUpdate, Unit } from '@/domain/types';

import { db } from './app-db';
import { newId } from './clock';
import { listMeasures } from './measures';
import { editRecord, insertRecord, isLive, RecordGoneError } from './records';
import { writeChange, type ChangeWriter } from './write/write-change';

/** Adds the plan's new units that the office does not have (by name, whatever the spacing). */
async function addUnits(
  change: ChangeWriter,
  officeId: string,
  names: readonly string[],
) {
  const office = await db.offices.get(officeId);
  if (!isLive(office)) throw new RecordGoneError(officeId);
  const byKey = new Map(office.units.map((u) => [unitKey(u.name), u.id]));
  const added: Unit[] = [];
  for (const name of names) {
    if (byKey.has(unitKey(name))) continue;
    const unit = { id: newId(), name };
    added.push(unit);
    byKey.set(unitKey(name), unit.id);
  }
  if (added.length > 0) {
    await editRecord(
      change,
      'offices',
      { id: officeId },
      { units: [...office.units, ...added] },
    );
  }
  return byKey;
}

/** importParsedMeasures(officeId, 2568, plan) → the measures created, in order */
export async function importParsedMeasures(
  officeId: string,
  fiscalYear: number,
  plan: ImportPlan,
): Promise<Measure[]> {
  return writeChange({ cause: 'paste' }, async (change) => {
    const unitIds = await addUnits(change, officeId, plan.newUnitNames);
    const existing = await listMeasures(officeId, fiscalYear);
    const firstOrder = Math.floor(existing.at(-1)?.order ?? 0) + 1;
    const created: Measure[] = [];
    for (const [index, planned] of plan.measures.entries()) {
      const added = planned.newUnitNames.flatMap(
        (name) => unitIds.get(unitKey(name)) ?? [],
      );
      const measure = await insertRecord(change, 'measures', {
        ...planned.fields,
        unitIds: [...new Set([...planned.fields.unitIds, ...added])],
        officeId,
        fiscalYear,
        order: firstOrder + index,
      } satisfies Content<Measure>);
      created.push(measure);
      if (!planned.update) continue;
      await insertRecord(change, 'updates', {
        ...planned.update,
        measureId: measure.id,
        officeId,
      } satisfies Content<ProgressUpdate>);
    }
    return created;
  });
}
