/**
 * What changed between two versions of a record, field by field, for a
 * record's history (old → new). Only content counts: the revision fields
 * (rev, revs, times, the tombstone mark) are the history's own columns.
 * A field left out, an empty text and an empty list all read "none" to a
 * person, so they are one value here: a version that adds `itaResults: []`
 * changed nothing anyone could see.
 */
import canonicalize from 'canonicalize';

import { contentOf } from './revision';
import type { Revisioned } from './types';

export interface FieldChange {
  field: string;
  /** Undefined when the field was empty or there was no version before. */
  before: unknown;
  after: unknown;
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  return canonicalize(a) === canonicalize(b);
}

const fieldsOf = (record: Revisioned) =>
  contentOf(record) as Record<string, unknown>;

/**
 * changedFields(v1, v2) → [{ field: 'title', before: 'ก', after: 'ข' }];
 * without `before` (a first version), every field of `after` that holds
 * something, as a change from nothing. Fields in key order.
 */
export function changedFields(
  before: Revisioned | undefined,
  after: Revisioned,
): FieldChange[] {
  const old = before ? fieldsOf(before) : {};
  const now = fieldsOf(after);
  const keys = [...new Set([...Object.keys(now), ...Object.keys(old)])];
  return keys
    .filter((field) => !sameValue(old[field], now[field]))
    .map((field) => ({ field, before: old[field], after: now[field] }));
}

/** True when the two hold the same content, leaving out the fields in `ignore`. */
export function sameContent(
  a: Revisioned,
  b: Revisioned,
  ignore: readonly string[] = [],
): boolean {
  const skip = new Set(ignore);
  return changedFields(a, b).every(({ field }) => skip.has(field));
}
