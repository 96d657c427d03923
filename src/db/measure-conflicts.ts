/** Marks for lists of measures and the menu: which records are in conflict. */
import { db } from './app-db';

/** Which conflict a measure list row links to: the measure's, or an update's. */
export interface MeasureConflict {
  kind: 'measures' | 'updates';
  recordId: string;
}

/**
 * The measures that have a version in conflict, their own or one of their
 * updates', so a list can mark them: a person's version that lost is never
 * out of sight. The measure's own conflict is the one linked to.
 */
export async function conflictsByMeasure(): Promise<
  Map<string, MeasureConflict>
> {
  const marks = new Map<string, MeasureConflict>();
  for (const row of await db.conflicts.toArray()) {
    // A deleted losing version is no open conflict (bundle/merge.ts).
    if (
      (row.kind !== 'measures' && row.kind !== 'updates') ||
      row.record.deleted
    )
      continue;
    const measureId =
      row.kind === 'measures'
        ? row.recordId
        : (row.record as { measureId: string }).measureId;
    if (row.kind === 'measures' || !marks.has(measureId))
      marks.set(measureId, { kind: row.kind, recordId: row.recordId });
  }
  return marks;
}

/**
 * How many records have an open conflict: a live losing version. A deleted
 * one (a deletion that lost, a side a resolution closed) asks nothing.
 */
export async function openConflictCount(): Promise<number> {
  const open = await db.conflicts
    .filter((row) => !row.record.deleted)
    .toArray();
  return new Set(open.map((row) => row.recordId)).size;
}
