import type { ReadBundle } from './read-bundle';
import type { InvalidRecord } from './record-problems';

export interface KnownIds {
  offices: ReadonlySet<string>;
  measures: ReadonlySet<string>;
}

/**
 * Leaves out records that refer to an office or measure found neither in the
 * bundle nor in the database: they could never be shown or reported.
 */
export function checkReferences(read: ReadBundle, known: KnownIds): ReadBundle {
  const invalid: InvalidRecord[] = [...read.invalid];
  const offices = new Set([
    ...known.offices,
    ...read.records.offices.map((o) => o.id),
  ]);
  const measures = read.records.measures.filter((measure, index) => {
    if (offices.has(measure.officeId)) return true;
    invalid.push({
      kind: 'measures',
      index,
      id: measure.id,
      field: 'officeId',
      problem: 'unknownOffice',
    });
    return false;
  });
  const measureIds = new Set([...known.measures, ...measures.map((m) => m.id)]);
  const updates = read.records.updates.filter((update, index) => {
    if (measureIds.has(update.measureId)) return true;
    invalid.push({
      kind: 'updates',
      index,
      id: update.id,
      field: 'measureId',
      problem: 'unknownMeasure',
    });
    return false;
  });
  const conflicts = read.conflicts.filter(({ kind, record }) => {
    if (kind === 'measures') return offices.has(record.officeId);
    if (kind === 'updates') return measureIds.has(record.measureId);
    return true;
  });
  return {
    ...read,
    records: { offices: read.records.offices, measures, updates },
    conflicts,
    invalid,
  };
}
