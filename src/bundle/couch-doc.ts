/**
 * A stored record as a CouchDB document, and back (docs/bundle-format.md
 * "CouchDB"). The mapping is one to one: `_id` is `<kind>:<id>` with the
 * kind names of bundles (`offices`, `measures`, `updates`, `deadlines`,
 * `roundReports`, `approvals`, `oitItems`), `_rev` is `rev`,
 * `_revisions` is `rev` and `revs` as CouchDB writes them (the generation of
 * `rev` and the hashes, newest first), `_deleted` is `deleted`, and every
 * other field is the record's own. A record whose `revs` is not one chain
 * has no such document: chain-form.ts converts it first.
 */
import { isRev, isRevChain, revGeneration, revHash } from '@/domain/revision';
import { sortedKeys } from '@/domain/sorted-keys';
import type { Revisioned } from '@/domain/types';

import type { ConflictRecord } from './read-bundle';
import { RECORD_KINDS, type RecordKind } from './record-schemas';

export interface CouchRevisions {
  /** The generation of `_rev`. */
  start: number;
  /** The hashes of `_rev` and its ancestors, newest first, no generation. */
  ids: string[];
}

export interface CouchDoc {
  _id: string;
  _rev: string;
  _revisions: CouchRevisions;
  _deleted?: boolean;
  [field: string]: unknown;
}

/** `measures:<uuid>`: one database holds every kind, kept apart by prefix. */
export function couchId(kind: RecordKind, id: string): string {
  return `${kind}:${id}`;
}

export function toCouchDoc(kind: RecordKind, record: Revisioned): CouchDoc {
  const { id, rev, revs, deleted, ...fields } = record;
  if (!isRevChain(rev, revs))
    throw new Error(`Record ${id} has no one chain of revs: convert it first`);
  return {
    ...fields,
    _id: couchId(kind, id),
    _rev: rev,
    _revisions: {
      start: revGeneration(rev),
      ids: [rev, ...revs].map(revHash),
    },
    ...(deleted === undefined ? {} : { _deleted: deleted }),
  };
}

/** The record a document maps from; throws on a document that none maps to. */
export function fromCouchDoc(doc: CouchDoc): ConflictRecord {
  const { _id, _rev, _revisions, _deleted, ...fields } = doc;
  const at = _id.indexOf(':');
  const kind = _id.slice(0, at) as RecordKind;
  if (at < 0 || !RECORD_KINDS.includes(kind))
    throw new Error(`Not a record's document: ${_id}`);
  const { start, ids } = _revisions;
  const [own, ...older] = ids.map((hash, i) => `${start - i}-${hash}`);
  if (own !== _rev || !isRev(_rev))
    throw new Error(`_revisions of ${_id} do not end at ${_rev}`);
  const record = sortedKeys({
    ...fields,
    id: _id.slice(at + 1),
    rev: _rev,
    revs: older,
    ...(_deleted === undefined ? {} : { deleted: _deleted }),
  });
  return { kind, record } as ConflictRecord;
}
