/**
 * Merging, CouchDB style (DESIGN.md "Records, revisions and merging"). Pure:
 * the caller previews the outcomes, then db/ applies them in one transaction.
 *
 * The state of one record is its set of leaves: the versions no other known
 * version descends from. An incoming version that is already a leaf, or that
 * a leaf descends from, changes nothing; otherwise it becomes a leaf and
 * replaces the leaves it descends from. Every machine that has seen the same
 * versions, in any order, ends with the same leaves and the same winner.
 */
import { revGeneration, revHash } from '@/domain/revision';
import type { Revisioned } from '@/domain/types';

/**
 * What is stored for one record: the winner, and the other leaves (losers).
 * A live loser is an open conflict; a deleted one (a deletion that lost, or
 * the tombstone a resolution gave a side) is not, as in CouchDB, where only
 * live leaves are `_conflicts`. Both are kept and travel in bundles.
 */
export interface Leaves<T extends Revisioned> {
  winner: T;
  losers: T[];
}

/** The losers that wait for a person's choice: the live ones. */
export function openLosers<T extends Revisioned>(leaves: Leaves<T>): T[] {
  return leaves.losers.filter((loser) => !loser.deleted);
}

export const MERGE_KINDS = [
  'added',
  'updated',
  'unchanged',
  'stale',
  'conflict',
] as const;
export type MergeKind = (typeof MERGE_KINDS)[number];

export interface MergeOutcome<T extends Revisioned> {
  kind: MergeKind;
  /** The record's state after the merge (the same object when unchanged). */
  next: Leaves<T>;
}

/**
 * The deterministic winner among leaves, as CouchDB picks it: a live version
 * beats a deletion, then the higher generation, then the higher hash.
 */
export function compareLeaves(a: Revisioned, b: Revisioned): number {
  const alive = Number(!a.deleted) - Number(!b.deleted);
  if (alive !== 0) return alive;
  const generation = revGeneration(a.rev) - revGeneration(b.rev);
  if (generation !== 0) return generation;
  return revHash(a.rev) < revHash(b.rev)
    ? -1
    : revHash(a.rev) > revHash(b.rev)
      ? 1
      : 0;
}

export function toLeaves<T extends Revisioned>(
  versions: readonly T[],
): Leaves<T> {
  const sorted = [...versions].sort((a, b) => compareLeaves(b, a));
  const [winner, ...losers] = sorted;
  if (!winner) throw new Error('A record needs at least one version');
  return { winner, losers };
}

const descends = (child: Revisioned, parent: Revisioned) =>
  child.revs.includes(parent.rev);

/** Folds one incoming version into what is stored for its id. */
export function mergeRecord<T extends Revisioned>(
  stored: Leaves<T> | undefined,
  incoming: T,
): MergeOutcome<T> {
  if (!stored) return { kind: 'added', next: { winner: incoming, losers: [] } };
  const leaves = [stored.winner, ...stored.losers];
  if (leaves.some((leaf) => leaf.rev === incoming.rev))
    return { kind: 'unchanged', next: stored };
  if (leaves.some((leaf) => descends(leaf, incoming)))
    return { kind: 'stale', next: stored };
  const kept = leaves.filter((leaf) => !descends(incoming, leaf));
  const next = toLeaves([...kept, incoming]);
  const open = openLosers(next).length > 0;
  return { kind: open ? 'conflict' : 'updated', next };
}

/** All versions of one kind folded into the stored state, in the given order. */
export function mergeAll<T extends Revisioned>(
  stored: ReadonlyMap<string, Leaves<T>>,
  incoming: readonly T[],
): {
  state: Map<string, Leaves<T>>;
  outcomes: { id: string; kind: MergeKind }[];
} {
  const state = new Map(stored);
  const outcomes = incoming.map((version) => {
    const { kind, next } = mergeRecord(state.get(version.id), version);
    state.set(version.id, next);
    return { id: version.id, kind };
  });
  for (const outcome of outcomes) {
    const leaves = state.get(outcome.id);
    if (leaves) outcome.kind = settledOutcome(outcome.kind, leaves);
  }
  return { state, outcomes };
}

/**
 * A version's outcome once everything it arrived with is merged: a
 * resolution arrives before the tombstones that close its conflict (a
 * bundle lists records before `conflicts`, maybe slices later), so a
 * version is in conflict only when its record still has an open one.
 */
export function settledOutcome<T extends Revisioned>(
  kind: MergeKind,
  final: Leaves<T>,
): MergeKind {
  return kind === 'conflict' && openLosers(final).length === 0
    ? 'updated'
    : kind;
}
