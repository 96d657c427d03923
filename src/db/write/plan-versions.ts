/**
 * Merging versions with what is stored (bundle/merge.ts), kind after kind,
 * one version after another, without writing: the plan is what a change
 * writes (write-change.ts) and what an import's preview shows.
 */
import { mergeRecord, type Leaves, type MergeKind } from '@/bundle/merge';
import { RECORD_KINDS, type RecordKind } from '@/bundle/record-kinds';
import type { RecordOf } from '@/bundle/record-schemas';
import { isRev } from '@/domain/revision';
import type { Revisioned } from '@/domain/types';

import type { Wanted } from '../exchange/stored-leaves';
import type { Versions } from './change';

/** What is stored for some records of a kind (stored-leaves.ts, or a cache over it). */
export type LoadLeaves = <K extends RecordKind>(
  kind: K,
  wanted: readonly Wanted[],
) => Promise<Map<string, Leaves<RecordOf[K]>>>;

export interface KindPlan<K extends RecordKind> {
  /** What was stored for the ids met, before. */
  stored: Map<string, Leaves<RecordOf[K]>>;
  /** What is stored for them after. */
  next: Map<string, Leaves<RecordOf[K]>>;
}

/** One version merged: its outcome, and the leaves it replaced. */
export interface Step {
  kind: RecordKind;
  version: Revisioned;
  outcome: MergeKind;
  /** Leaves stored before this version and gone after: a new version replaced them. */
  replaced: Revisioned[];
}

export interface VersionPlan {
  kinds: { [K in RecordKind]: KindPlan<K> };
  /** One per version, in the order merged. */
  steps: Step[];
}

/** Whether a step changed what is stored (a journal entry). */
export const isWritten = (step: Step) =>
  step.outcome === 'added' ||
  step.outcome === 'updated' ||
  step.outcome === 'conflict';

/** A version that cannot be merged: no id, or no revision. */
export class BadVersionError extends Error {
  constructor(readonly version: { id?: unknown; rev?: unknown }) {
    super(`Not a version: ${String(version.id)} at ${String(version.rev)}`);
    this.name = 'BadVersionError';
  }
}

const checked = (version: Revisioned) => {
  const good =
    typeof version.id === 'string' &&
    version.id !== '' &&
    isRev(version.rev) &&
    Array.isArray(version.revs);
  if (!good) throw new BadVersionError(version);
  return version;
};

const leavesOf = (leaves: Leaves<Revisioned> | undefined) =>
  leaves ? [leaves.winner, ...leaves.losers] : [];

export async function planVersions(
  versions: Versions,
  load: LoadLeaves,
): Promise<VersionPlan> {
  const kinds = {} as Record<RecordKind, KindPlan<RecordKind>>;
  const steps: Step[] = [];
  for (const kind of RECORD_KINDS) {
    const incoming = (versions[kind] ?? []) as readonly RecordOf[RecordKind][];
    const stored =
      incoming.length > 0
        ? await load(kind, incoming)
        : new Map<string, Leaves<RecordOf[RecordKind]>>();
    const next = new Map(stored);
    for (const version of incoming) {
      checked(version);
      const before = next.get(version.id);
      const { kind: outcome, next: after } = mergeRecord(before, version);
      next.set(version.id, after);
      const kept = new Set(leavesOf(after).map((leaf) => leaf.rev));
      const replaced = leavesOf(before).filter((leaf) => !kept.has(leaf.rev));
      steps.push({ kind, version, outcome, replaced });
    }
    kinds[kind] = { stored, next };
  }
  return { kinds: kinds as VersionPlan['kinds'], steps };
}
