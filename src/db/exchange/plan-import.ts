/**
 * Planning an import of one or more bundles: every incoming version (records
 * and the losing sides they carry) is merged into the stored state, file
 * after file. Nothing is written here; the plan is both the preview and,
 * recomputed inside the write transaction, what gets written.
 */
import { mergeAll, type Leaves, type MergeKind } from '@/bundle/merge';
import type { ReadBundle } from '@/bundle/read-bundle';
import type { InvalidRecord } from '@/bundle/record-problems';
import {
  RECORD_KINDS,
  type RecordKind,
  type RecordOf,
} from '@/bundle/record-schemas';

import { loadLeaves, type Wanted } from './stored-leaves';

export type Counts = Record<MergeKind, number>;

export interface KindPlan<K extends RecordKind> {
  stored: Map<string, Leaves<RecordOf[K]>>;
  next: Map<string, Leaves<RecordOf[K]>>;
}

export interface ImportPlan {
  kinds: { [K in RecordKind]: KindPlan<K> };
  /** Outcome counts per office id. */
  byOffice: Map<string, Counts>;
  invalid: { file: string; record: InvalidRecord }[];
}

export interface NamedRead {
  file: string;
  read: ReadBundle;
}

export const emptyCounts = (): Counts => ({
  added: 0,
  updated: 0,
  unchanged: 0,
  stale: 0,
  conflict: 0,
});

function officeOf(kind: RecordKind, record: RecordOf[RecordKind]): string {
  return kind === 'offices'
    ? record.id
    : (record as { officeId: string }).officeId;
}

function incoming<K extends RecordKind>(kind: K, reads: readonly NamedRead[]) {
  return reads.flatMap(({ read }) => [
    ...(read.records[kind] as RecordOf[K][]),
    ...read.conflicts.flatMap((c) =>
      c.kind === kind ? [c.record as RecordOf[K]] : [],
    ),
  ]);
}

/** What is stored for some records of a kind (stored-leaves.ts, or a cache over it). */
export type LoadLeaves = <K extends RecordKind>(
  kind: K,
  wanted: readonly Wanted[],
) => Promise<Map<string, Leaves<RecordOf[K]>>>;

export async function planImport(
  reads: readonly NamedRead[],
  load: LoadLeaves = loadLeaves,
): Promise<ImportPlan> {
  const byOffice = new Map<string, Counts>();
  const plans = {} as ImportPlan['kinds'];
  for (const kind of RECORD_KINDS) {
    const versions = incoming(kind, reads);
    const stored = await load(kind, versions);
    const { state, outcomes } = mergeAll(stored, versions);
    versions.forEach((version, i) => {
      const outcome = outcomes[i];
      if (!outcome) return;
      const office = officeOf(kind, version);
      const counts = byOffice.get(office) ?? emptyCounts();
      counts[outcome.kind] += 1;
      byOffice.set(office, counts);
    });
    (plans as Record<RecordKind, KindPlan<RecordKind>>)[kind] = {
      stored,
      next: state,
    };
  }
  const invalid = reads.flatMap(({ file, read }) =>
    read.invalid.map((record) => ({ file, record })),
  );
  return { kinds: plans, byOffice, invalid };
}
