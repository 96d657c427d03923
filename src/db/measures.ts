/** Named commands for measures: create, edit, delete (with updates), reorder. */
import type { Content } from '@/domain/revision';
import type { Measure, MeasureFields, ProgressUpdate } from '@/domain/types';

import { db } from './app-db';
import {
  editRecord,
  insertRecord,
  isLive,
  removeRecord,
  removeUpdatesOf,
  restoreRecord,
} from './records';
import type { ChangeWriter } from './write/write-change';
import { writeChange } from './write/write-change-on-demand';

export type MeasureInput = Omit<
  MeasureFields,
  'order' | 'officeId' | 'fiscalYear'
>;

/** The live measures of an office's fiscal year, in their report order. */
export async function listMeasures(officeId: string, fiscalYear: number) {
  const rows = await db.measures
    .where('[officeId+fiscalYear]')
    .equals([officeId, fiscalYear])
    .toArray();
  return rows.filter(isLive).sort(byOrder);
}

export function byOrder(a: Measure, b: Measure): number {
  return a.order - b.order || a.id.localeCompare(b.id);
}

/** Adds a measure at the end of the year's list. */
export async function createMeasure(
  officeId: string,
  fiscalYear: number,
  input: MeasureInput,
): Promise<Measure> {
  return writeChange({ cause: 'edit' }, async (change) => {
    const siblings = await listMeasures(officeId, fiscalYear);
    const last = siblings.at(-1);
    const order = last ? Math.floor(last.order) + 1 : 1;
    const content: Content<Measure> = { ...input, officeId, fiscalYear, order };
    return insertRecord(change, 'measures', content);
  });
}

export function updateMeasure(id: string, input: MeasureInput) {
  return writeChange({ cause: 'edit' }, (change) =>
    editRecord(change, 'measures', { id }, input),
  );
}

/** What deleteMeasure deleted: the tombstones an undo restores. */
export interface MeasureDeletion {
  measure: Measure;
  /** Only the updates this delete took; those deleted before stay deleted. */
  updates: ProgressUpdate[];
}

/**
 * Deletes a measure and its progress updates, as tombstones, in one
 * change; answers them (undefined when it was already gone).
 */
export async function deleteMeasure(
  id: string,
): Promise<MeasureDeletion | undefined> {
  return writeChange({ cause: 'edit' }, async (change) => {
    const updates = await removeUpdatesOf(change, id);
    const measure = await removeRecord(change, 'measures', { id });
    return measure ? { measure, updates } : undefined;
  });
}

/**
 * Undoes deleteMeasure in one change: the measure and the updates it took,
 * as they were, at the measure's old place in the order. False when the
 * measure was written since (nothing is restored then).
 */
export async function restoreMeasure(
  deletion: MeasureDeletion,
): Promise<boolean> {
  const { measure, updates } = deletion;
  return writeChange({ cause: 'undo' }, async (change) => {
    if (!(await restoreRecord(change, 'measures', measure))) return false;
    for (const update of updates)
      await restoreRecord(change, 'updates', update);
    return true;
  });
}

/** The order between two neighbours; undefined when halving has run out. */
function orderBetween(before: number | undefined, after: number | undefined) {
  const order =
    before === undefined
      ? (after ?? 1) - 1
      : after === undefined
        ? before + 1
        : (before + after) / 2;
  return order === before || order === after ? undefined : order;
}

async function move(change: ChangeWriter, id: string, toIndex: number) {
  const measure = await db.measures.get(id);
  if (!isLive(measure)) return;
  const others = (
    await listMeasures(measure.officeId, measure.fiscalYear)
  ).filter((m) => m.id !== id);
  const index = Math.max(0, Math.min(toIndex, others.length));
  const order = orderBetween(others[index - 1]?.order, others[index]?.order);
  if (order !== undefined) {
    await editRecord(change, 'measures', { id }, { order });
    return;
  }
  // Halving has run out of floating-point room: renumber the whole list.
  const all = [...others];
  all.splice(index, 0, measure);
  for (const [i, m] of all.entries())
    await editRecord(change, 'measures', m, { order: i + 1 });
}

/**
 * Moves a measure to position `toIndex` of its year's list. Only the moved
 * measure gets a new revision: its order becomes the midpoint of its new
 * neighbours, so the numbering of the others follows without editing them.
 */
export async function moveMeasure(id: string, toIndex: number): Promise<void> {
  await writeChange({ cause: 'edit' }, (change) => move(change, id, toIndex));
}
