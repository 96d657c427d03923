import { chainRevisions } from './chain-form';
import type { ConflictRecord, ReadBundle } from './read-bundle';
import type { InvalidRecord, RecordProblem } from './record-problems';
import type { RecordOf } from './record-schemas';

export interface KnownIds {
  offices: ReadonlySet<string>;
  measures: ReadonlySet<string>;
  /** The office of each measure known (stored, or the files'), when known. */
  measureOffices?: ReadonlyMap<string, string>;
  /** The measure each stored update is of: an update never changes measure. */
  updateMeasures?: ReadonlyMap<string, string>;
}

type Problem = {
  field: string;
  problem: RecordProblem;
  measureIndex?: number;
} | null;

/**
 * The measures of one file that are left out (for their shape, an id carried
 * twice or an unknown office), by id with their place: an update of one of
 * them is said to be left out with it, not to refer to nothing. A file read
 * in slices passes the same map to every slice of it.
 */
export type LeftOutMeasures = Map<string, number>;

/** The rows without a problem, with their places in the file; the others go to `invalid`. */
function sift<T>(
  rows: readonly T[],
  places: readonly number[],
  problemOf: (row: T) => Problem,
  leaveOut: (row: T, index: number, problem: NonNullable<Problem>) => void,
): { rows: T[]; places: number[] } {
  const kept: { rows: T[]; places: number[] } = { rows: [], places: [] };
  rows.forEach((row, i) => {
    const index = places[i] ?? i;
    const problem = problemOf(row);
    if (problem) return leaveOut(row, index, problem);
    kept.rows.push(row);
    kept.places.push(index);
  });
  return kept;
}

/**
 * Leaves out records that refer to an office or measure found neither in the
 * bundle nor in the database: they could never be shown or reported. Each is
 * reported at its place in the file, losing versions (conflicts) included.
 * The last check of a reading, whole or in slices: the records kept are then
 * put in chain form (chain-form.ts; a version-3 resolution, upgradeV3ToV4),
 * so a record left out for any reason takes the tombstones it would get.
 */
export function checkReferences(
  read: ReadBundle,
  known: KnownIds,
  leftOut: LeftOutMeasures = new Map(),
): ReadBundle {
  const invalid: InvalidRecord[] = [...read.invalid];
  const offices = new Set([
    ...known.offices,
    ...read.records.offices.map((o) => o.id),
  ]);
  const officeProblem = (officeId: string): Problem =>
    offices.has(officeId)
      ? null
      : { field: 'officeId', problem: 'unknownOffice' };

  const measures = sift(
    read.records.measures,
    read.places.measures,
    (measure) => officeProblem(measure.officeId),
    (measure, index, problem) =>
      invalid.push({ kind: 'measures', index, id: measure.id, ...problem }),
  );
  const measureIds = new Set([
    ...known.measures,
    ...measures.rows.map((m) => m.id),
  ]);
  for (const { kind, inConflicts, id, index } of invalid)
    if (kind === 'measures' && !inConflicts && id !== undefined)
      if (!leftOut.has(id)) leftOut.set(id, index);
  const fileOffices = new Map(measures.rows.map((m) => [m.id, m.officeId]));
  // An update's office and measure never change (docs/bundle-format.md): an
  // update of another office than its measure's, or moved to another
  // measure, would be shown, reported and exported under the wrong one.
  const invariantProblem = (update: RecordOf['updates']): Problem => {
    const office =
      fileOffices.get(update.measureId) ??
      known.measureOffices?.get(update.measureId);
    if (office !== undefined && office !== update.officeId)
      return { field: 'officeId', problem: 'notMeasuresOffice' };
    const measure = known.updateMeasures?.get(update.id);
    return measure !== undefined && measure !== update.measureId
      ? { field: 'measureId', problem: 'measureChanged' }
      : null;
  };
  const updateProblem = (update: RecordOf['updates']): Problem => {
    if (measureIds.has(update.measureId))
      return officeProblem(update.officeId) ?? invariantProblem(update);
    const measureIndex = leftOut.get(update.measureId);
    return measureIndex === undefined
      ? { field: 'measureId', problem: 'unknownMeasure' }
      : { field: '', problem: 'measureLeftOut', measureIndex };
  };

  const updates = sift(
    read.records.updates,
    read.places.updates,
    updateProblem,
    (update, index, problem) =>
      invalid.push({ kind: 'updates', index, id: update.id, ...problem }),
  );
  // A round's report text, its approvals and the OIT items are an office's.
  const ofOffice = <K extends 'roundReports' | 'approvals' | 'oitItems'>(
    kind: K,
  ) =>
    sift<RecordOf[K]>(
      read.records[kind],
      read.places[kind],
      (record) => officeProblem(record.officeId),
      (record, index, problem) =>
        invalid.push({ kind, index, id: record.id, ...problem }),
    );
  const roundReports = ofOffice('roundReports');
  const approvals = ofOffice('approvals');
  const oitItems = ofOffice('oitItems');
  const conflicts = sift<ConflictRecord>(
    read.conflicts,
    read.places.conflicts,
    ({ kind, record }) =>
      kind === 'measures' ||
      kind === 'roundReports' ||
      kind === 'approvals' ||
      kind === 'oitItems'
        ? officeProblem(record.officeId)
        : kind === 'updates'
          ? updateProblem(record)
          : null,
    ({ kind, record }, index, problem) =>
      invalid.push({
        kind,
        index,
        inConflicts: true,
        id: record.id,
        ...problem,
      }),
  );
  return chainRevisions({
    ...read,
    records: {
      offices: read.records.offices,
      measures: measures.rows,
      updates: updates.rows,
      deadlines: read.records.deadlines,
      roundReports: roundReports.rows,
      approvals: approvals.rows,
      oitItems: oitItems.rows,
    },
    conflicts: conflicts.rows,
    places: {
      offices: read.places.offices,
      measures: measures.places,
      updates: updates.places,
      deadlines: read.places.deadlines,
      roundReports: roundReports.places,
      approvals: approvals.places,
      oitItems: oitItems.places,
      conflicts: conflicts.places,
    },
    invalid,
  });
}
