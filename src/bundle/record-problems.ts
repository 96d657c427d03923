/**
 * Why one record of a bundle was left out, in terms the UI can translate:
 * the record's place (kind and index), its id when readable, the field and
 * the problem. Zod's own messages are English; these codes are not.
 */
import type { z } from 'zod';

import type { RecordKind } from './record-schemas';
import { isUnsafeRev } from './rev-problems';

export type RecordProblem =
  | 'wrongType'
  | 'missing'
  | 'notAllowedValue'
  | 'badFormat'
  | 'outOfRange'
  | 'unknownKey'
  | 'forbiddenKey'
  | 'duplicateId'
  | 'unknownOffice'
  | 'unknownMeasure'
  /** An update whose measure, in the same file, is itself left out. */
  | 'measureLeftOut'
  /** A rev's generation past 2^53 − 1 (rev-problems.ts). */
  | 'unsafeGeneration'
  /** A record's own rev among its ancestors. */
  | 'ownRevInRevs'
  /** An ancestor of the same generation or a higher one. */
  | 'ancestorNotOlder'
  /** A losing version whose record the file does not carry. */
  | 'onlyLosingVersion'
  /** A number JSON.parse reads as Infinity (`1e309`): hostile-values.ts. */
  | 'notFinite'
  /** A lone surrogate in a text or a key. */
  | 'loneSurrogate'
  /** Nesting deeper than any record's (MAX_DEPTH). */
  | 'tooDeep'
  /** An update whose office is not its measure's. */
  | 'notMeasuresOffice'
  /** A revision of a stored update that names another measure. */
  | 'measureChanged';

export interface InvalidRecord {
  kind: RecordKind;
  /** Position in its array, from 0; for a conflict entry, in `conflicts`. */
  index: number;
  inConflicts?: boolean;
  id?: string;
  /** Dotted path inside the record, '' for the record as a whole. */
  field: string;
  problem: RecordProblem;
  /** For `measureLeftOut`: where that measure stands in its file's list. */
  measureIndex?: number;
}

/** Keys that mean a crafted file: they would poison objects if trusted. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The value at `path` in the raw record: Zod does not report its input. */
function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  let value = record;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function problemOf(
  issue: z.core.$ZodIssue,
  record: unknown,
): { problem: RecordProblem; field?: string } {
  switch (issue.code) {
    case 'invalid_type': {
      const missing = valueAt(record, issue.path) === undefined;
      return { problem: missing ? 'missing' : 'wrongType' };
    }
    case 'unrecognized_keys': {
      const forbidden = issue.keys.find((k) => FORBIDDEN_KEYS.has(k));
      return forbidden
        ? { problem: 'forbiddenKey', field: forbidden }
        : { problem: 'unknownKey', field: issue.keys[0] };
    }
    case 'invalid_value':
    case 'invalid_union':
      return { problem: 'notAllowedValue' };
    case 'too_big':
    case 'too_small':
      return { problem: 'outOfRange' };
    case 'invalid_format':
      // A rev of the right shape but a generation too long for the pattern.
      return {
        problem: isUnsafeRev(valueAt(record, issue.path))
          ? 'unsafeGeneration'
          : 'badFormat',
      };
    default:
      return { problem: 'badFormat' };
  }
}

/** The first problem of a record that failed its schema. */
export function describeInvalid(
  kind: RecordKind,
  index: number,
  record: unknown,
  error: z.ZodError,
): InvalidRecord {
  const issue = error.issues[0];
  const id = (record as { id?: unknown } | null)?.id;
  const { problem, field } = issue
    ? problemOf(issue, record)
    : { problem: 'badFormat' as const };
  const path = (issue?.path ?? []).map(String);
  if (field !== undefined) path.push(field);
  return {
    kind,
    index,
    ...(typeof id === 'string' ? { id } : {}),
    field: path.join('.'),
    problem,
  };
}
