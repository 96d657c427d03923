/**
 * A large bundle read in slices, each a ReadBundle of a few thousand records
 * of one list, checked exactly as readBundle and checkReferences check a
 * whole bundle: schema, ids carried twice (known from openBundle), then
 * references against the database and the files being imported. Lists come
 * in the order a whole bundle is read: offices, measures, updates, conflicts.
 */
import type { ReadBundle } from '../read-bundle';
import {
  dropDuplicates,
  dropLoneLosers,
  readConflictRows,
  validateRows,
  type Row,
} from '../read-records';
import type { InvalidRecord } from '../record-problems';
import { byKind, type RecordKind } from '../record-schemas';
import {
  checkReferences,
  type KnownIds,
  type LeftOutMeasures,
} from '../references';
import { arrayBatches, type Batch } from './json-layout';
import { RECORD_LISTS, type OpenedBundle } from './open-bundle';

export interface Slice {
  read: ReadBundle;
  /** Elements of the file this slice covers, valid or not. */
  elements: number;
}

const rowsOf = (batch: Batch): Row[] =>
  batch.values.map((value, i) => ({ index: batch.first + i, value }));

function emptySlice(
  opened: OpenedBundle,
  invalid: InvalidRecord[],
): ReadBundle {
  const { exportedAt, source, scope, sha256, signature } = opened.envelope;
  return {
    exportedAt,
    source,
    scope,
    sha256,
    ...(signature ? { signature } : {}),
    records: byKind(() => []) as ReadBundle['records'],
    conflicts: [],
    places: { ...byKind(() => []), conflicts: [] },
    invalid,
  };
}

function recordSlice(
  opened: OpenedBundle,
  kind: RecordKind,
  batch: Batch,
): ReadBundle {
  const invalid: InvalidRecord[] = [];
  const valid = validateRows(kind, rowsOf(batch), invalid);
  const kept = dropDuplicates(kind, valid, opened.duplicates[kind], invalid);
  const slice = emptySlice(opened, invalid);
  (slice.records[kind] as unknown[]) = kept.map((v) => v.record);
  slice.places[kind] = kept.map((v) => v.index);
  return slice;
}

export function* readSlices(
  opened: OpenedBundle,
  known: KnownIds,
  maxBytes?: number,
): Generator<Slice> {
  const seenConflicts = new Set<string>();
  // Filled by the measures' slices, read before the updates'.
  const leftOut: LeftOutMeasures = new Map();
  for (const list of RECORD_LISTS) {
    const member = opened.lists[list];
    if (!member) continue;
    for (const batch of arrayBatches(opened.source, member, maxBytes)) {
      let read: ReadBundle;
      if (list === 'conflicts') {
        const invalid: InvalidRecord[] = [];
        const kept = dropLoneLosers(
          readConflictRows(rowsOf(batch), invalid, seenConflicts),
          opened.ids,
          invalid,
        );
        read = emptySlice(opened, invalid);
        read.conflicts = kept.map((c) => c.record);
        read.places.conflicts = kept.map((c) => c.index);
      } else read = recordSlice(opened, list, batch);
      yield {
        read: checkReferences(read, known, leftOut),
        elements: batch.values.length,
      };
    }
  }
}

/**
 * What references may point to: what is stored, and what the files bring,
 * for whole bundles as for those read in slices: a measure counts
 * only when its office is known, so nothing can refer to an orphan.
 */
export function knownIdsWith(
  stored: KnownIds,
  files: readonly Pick<OpenedBundle, 'ids' | 'measureOffices'>[],
): KnownIds {
  const offices = new Set(stored.offices);
  for (const file of files) for (const id of file.ids.offices) offices.add(id);
  const measures = new Set(stored.measures);
  const measureOffices = new Map(stored.measureOffices);
  for (const file of files)
    for (const [id, officeId] of file.measureOffices)
      if (offices.has(officeId)) {
        measures.add(id);
        measureOffices.set(id, officeId);
      }
  return {
    offices,
    measures,
    measureOffices,
    ...(stored.updateMeasures ? { updateMeasures: stored.updateMeasures } : {}),
  };
}
