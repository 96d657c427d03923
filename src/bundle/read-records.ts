/**
 * Reading the records of a bundle one at a time: each is checked against its
 * schema and left out with its place and reason when it fails. Shared by the
 * reading of a whole bundle (read-bundle.ts) and of a large one in slices
 * (stream/), which passes the positions and what it learnt of the whole list.
 */
import { conflictEntrySchema } from './envelope';
import { valueProblem } from './hostile-values';
import type { ConflictRecord } from './read-bundle';
import { describeInvalid, type InvalidRecord } from './record-problems';
import {
  RECORD_KINDS,
  recordSchemas,
  type RecordKind,
  type RecordOf,
} from './record-schemas';
import { revProblem } from './rev-problems';

/** A raw row of a list, with its index in that list. */
export interface Row {
  index: number;
  value: unknown;
}

export interface Placed<T> {
  index: number;
  record: T;
}

/** A raw record's id, when it has one to name it by. */
function idOf(value: unknown): { id?: string } {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? { id } : {};
}

/** Rows that pass their schema; the others go to `invalid`. */
export function validateRows<K extends RecordKind>(
  kind: K,
  rows: Iterable<Row>,
  invalid: InvalidRecord[],
): Placed<RecordOf[K]>[] {
  const valid: Placed<RecordOf[K]>[] = [];
  for (const { index, value } of rows) {
    const hostile = valueProblem(value);
    if (hostile) {
      invalid.push({ kind, index, ...idOf(value), ...hostile });
      continue;
    }
    const result = recordSchemas[kind].safeParse(value);
    if (!result.success) {
      invalid.push(describeInvalid(kind, index, value, result.error));
      continue;
    }
    const record = result.data as RecordOf[K];
    const revs = revProblem(record);
    if (revs) invalid.push({ kind, index, id: record.id, ...revs });
    else valid.push({ index, record });
  }
  return valid;
}

/** Ids that more than one valid record of a list carries. */
export function duplicateIds(ids: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return twice;
}

/** Every occurrence of an id seen more than once is ambiguous: all are left out. */
export function dropDuplicates<K extends RecordKind>(
  kind: K,
  valid: readonly Placed<RecordOf[K]>[],
  duplicates: ReadonlySet<string>,
  invalid: InvalidRecord[],
): Placed<RecordOf[K]>[] {
  if (duplicates.size === 0) return [...valid];
  return valid.filter(({ index, record }) => {
    if (!duplicates.has(record.id)) return true;
    invalid.push({
      kind,
      index,
      id: record.id,
      field: 'id',
      problem: 'duplicateId',
    });
    return false;
  });
}

/**
 * Losing versions (the `conflicts` list), each checked as its kind's record.
 * `seen` spans the whole list: the same losing version twice is harmless.
 */
export function readConflictRows(
  rows: Iterable<Row>,
  invalid: InvalidRecord[],
  seen: Set<string> = new Set(),
): Placed<ConflictRecord>[] {
  const conflicts: Placed<ConflictRecord>[] = [];
  for (const { index, value } of rows) {
    const hostile = valueProblem(value);
    if (hostile) {
      const { kind, record } = (value ?? {}) as {
        kind?: unknown;
        record?: unknown;
      };
      const known = RECORD_KINDS.find((k) => k === kind);
      const inRecord =
        known !== undefined && hostile.field.startsWith('record.');
      invalid.push({
        kind: known ?? 'measures',
        index,
        inConflicts: true,
        ...idOf(record),
        ...hostile,
        ...(inRecord ? { field: hostile.field.slice('record.'.length) } : {}),
      });
      continue;
    }
    const entry = conflictEntrySchema.safeParse(value);
    if (!entry.success) {
      invalid.push({
        ...describeInvalid('measures', index, value, entry.error),
        inConflicts: true,
      });
      continue;
    }
    const { kind } = entry.data;
    const result = recordSchemas[kind].safeParse(entry.data.record);
    if (!result.success) {
      const problem = describeInvalid(
        kind,
        index,
        entry.data.record,
        result.error,
      );
      invalid.push({ ...problem, inConflicts: true });
      continue;
    }
    const revs = revProblem(result.data);
    if (revs) {
      invalid.push({
        kind,
        index,
        inConflicts: true,
        id: result.data.id,
        ...revs,
      });
      continue;
    }
    const key = `${kind}:${result.data.id}:${result.data.rev}`;
    if (seen.has(key)) continue;
    seen.add(key);
    conflicts.push({
      index,
      record: { kind, record: result.data } as ConflictRecord,
    });
  }
  return conflicts;
}

/**
 * Losing versions whose record the file carries: a record exists by its
 * winner, as in CouchDB, where `_conflicts` are leaves of a document that
 * is there. A loser alone would become a live record. `ids` holds the
 * file's valid records of each kind, those carried twice removed.
 */
export function dropLoneLosers(
  conflicts: readonly Placed<ConflictRecord>[],
  ids: Readonly<Record<RecordKind, ReadonlySet<string>>>,
  invalid: InvalidRecord[],
): Placed<ConflictRecord>[] {
  return conflicts.filter(({ index, record: { kind, record } }) => {
    if (ids[kind].has(record.id)) return true;
    invalid.push({
      kind,
      index,
      inConflicts: true,
      id: record.id,
      field: 'id',
      problem: 'onlyLosingVersion',
    });
    return false;
  });
}

/** The rows of a parsed list with their indexes. */
export const rowsOf = (list: readonly unknown[]): Row[] =>
  list.map((value, index) => ({ index, value }));
