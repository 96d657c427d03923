/**
 * Records whose `revs` is not one chain, put in the form CouchDB keeps
 * (DESIGN.md "Records, revisions and merging"). Until bundle format 3 a
 * conflict resolution was one revision with several parents, whose `revs`
 * mixed the ancestors of every side, sorted by generation. Such a record
 * keeps its rev and content; its `revs` becomes the part of one chain that
 * its revs prove (below); and every rev left off gets a tombstone child, so
 * that an old version arriving later is still an ancestor of a leaf and does
 * not reopen the conflict. Pure and deterministic: every device computes the
 * same from the same record. Used by the bundle reading (references.ts) and
 * by the database upgrade to schema 7 (db/app-db.ts).
 */
import {
  isRev,
  isRevChain,
  REVS_LIMIT,
  revGeneration,
  reviseRecord,
} from '@/domain/revision';
import type { Revisioned } from '@/domain/types';

import { mergeRecord, toLeaves, type Leaves } from './merge';
import type { ConflictRecord, ReadBundle } from './read-bundle';
import { RECORD_KINDS, type RecordKind } from './record-schemas';

export interface ChainForm<T extends Revisioned> {
  /** The record, same rev and content, its `revs` one chain. */
  record: T;
  /** A deleted child of each rev left off the chain (none for a chain). */
  tombstones: T[];
}

/**
 * What `revs` proves of who is whose parent. A version-3 `revs` held every
 * ancestor of every side (when under REVS_LIMIT, nothing was cut off), so
 * the one rev of a generation is the parent of the one above it; where a
 * generation holds several, which is whose parent is unknown, and a chain
 * ends there (CouchDB accepts a truncated `_revisions`). A list that reached
 * REVS_LIMIT may have lost revs of any side: that rule proves nothing there.
 * And a rev that is the very tombstone this conversion would make of
 * another (the same parent, deletion and content give the same hash, as
 * revisions are made) has that other as its parent.
 */
function parentsProven<T extends Revisioned>(
  record: T,
  revs: readonly string[],
  tombstones: ReadonlyMap<string, T>,
) {
  const byGeneration = new Map<number, string[]>();
  for (const rev of revs) {
    const g = revGeneration(rev);
    byGeneration.set(g, [...(byGeneration.get(g) ?? []), rev]);
  }
  const byHash = new Map<string, string>();
  for (const [parent, tombstone] of tombstones)
    byHash.set(tombstone.rev, parent);
  const complete = record.revs.length < REVS_LIMIT;
  const parentOf = (rev: string): string | undefined => {
    const proven = byHash.get(rev);
    if (proven !== undefined) return proven;
    const at = byGeneration.get(revGeneration(rev) - 1);
    return complete && at?.length === 1 ? at[0] : undefined;
  };
  /** The proven chain below `rev`, parent first. */
  return (rev: string): string[] => {
    const chain: string[] = [];
    for (let next = parentOf(rev); next !== undefined; next = parentOf(next)) {
      if (chain.length === REVS_LIMIT) break;
      chain.push(next);
    }
    return chain;
  };
}

/** A deleted child of `parent` carrying the record's content. */
function tombstoneOf<T extends Revisioned>(record: T, parent: string): T {
  const child = { ...record, rev: parent, revs: [] };
  return reviseRecord(child, {}, record.updatedAt, { deleted: true });
}

/** The record in chain form; a record already one chain comes back as it is. */
export function chainForm<T extends Revisioned>(record: T): ChainForm<T> {
  if (isRevChain(record.rev, record.revs)) return { record, tombstones: [] };
  // Newest first, as version 3 listed them (the winner's side first).
  const revs = [...new Set(record.revs)]
    .filter(isRev)
    .sort((a, b) => revGeneration(b) - revGeneration(a));
  const made = new Map(revs.map((rev) => [rev, tombstoneOf(record, rev)]));
  const below = parentsProven(record, revs, made);
  // The first rev listed is a parent (the winner's rev, or a side's of the
  // highest generation): that link is always true.
  const first = record.revs[0];
  const chain =
    first !== undefined &&
    isRev(first) &&
    revGeneration(first) === revGeneration(record.rev) - 1
      ? [first, ...below(first)].slice(0, REVS_LIMIT)
      : below(record.rev);
  const covered = new Set(chain);
  const tombstones: T[] = [];
  for (const rev of revs) {
    if (covered.has(rev)) continue;
    const under = below(rev);
    for (const r of [rev, ...under]) covered.add(r);
    const tombstone = made.get(rev) as T;
    tombstones.push({
      ...tombstone,
      revs: [rev, ...under].slice(0, REVS_LIMIT),
    });
  }
  return { record: { ...record, revs: chain }, tombstones };
}

/**
 * One record's stored leaves in chain form: each leaf converted, and the
 * tombstones merged in (they are new leaves, deleted, so the shown version
 * stays the one shown unless every leaf is deleted). The same leaves come
 * back when every leaf is already one chain.
 */
export function chainFormOfLeaves<T extends Revisioned>(
  leaves: Leaves<T>,
): Leaves<T> {
  const forms = [leaves.winner, ...leaves.losers].map(chainForm);
  const tombstones = forms.flatMap((form) => form.tombstones);
  const changed = forms.some(
    (form, i) =>
      form.record !== (i === 0 ? leaves.winner : leaves.losers[i - 1]),
  );
  if (!changed) return leaves;
  return tombstones.reduce(
    (state, tombstone) => mergeRecord(state, tombstone).next,
    toLeaves(forms.map((form) => form.record)),
  );
}

/**
 * A bundle's checked records in chain form: each record replaced by its
 * chain form, its tombstones added to `conflicts` (at the record's place).
 * It runs once every record is checked (references.ts), so a record left
 * out takes its tombstones with it. Files of version 4 need nothing.
 */
export function chainRevisions(read: ReadBundle): ReadBundle {
  const conflicts = [...read.conflicts];
  const places = [...read.places.conflicts];
  const seen = new Set(
    conflicts.map((c) => `${c.kind}:${c.record.id}:${c.record.rev}`),
  );
  const add = (
    kind: RecordKind,
    tombstones: readonly Revisioned[],
    at: number,
  ) => {
    for (const record of tombstones) {
      const key = `${kind}:${record.id}:${record.rev}`;
      if (seen.has(key)) continue;
      seen.add(key);
      conflicts.push({ kind, record } as ConflictRecord);
      places.push(at);
    }
  };
  const records = { ...read.records };
  let changed = false;
  for (const kind of RECORD_KINDS) {
    const list = read.records[kind] as Revisioned[];
    if (list.every((r) => isRevChain(r.rev, r.revs))) continue;
    changed = true;
    (records[kind] as Revisioned[]) = list.map((record, i) => {
      const form = chainForm(record);
      add(kind, form.tombstones, read.places[kind][i] ?? i);
      return form.record;
    });
  }
  read.conflicts.forEach(({ kind, record }, i) => {
    const form = chainForm(record as Revisioned);
    if (form.record === record) return;
    changed = true;
    conflicts[i] = { kind, record: form.record } as ConflictRecord;
    add(kind, form.tombstones, read.places.conflicts[i] ?? i);
  });
  if (!changed) return read;
  return {
    ...read,
    records,
    conflicts,
    places: { ...read.places, conflicts: places },
  };
}
