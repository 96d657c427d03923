/**
 * Planning an import: every incoming version (records and the losing sides
 * they carry) merged into the stored state (write/plan-versions.ts), and
 * what the preview counts of it by office. Nothing is written here; the
 * write hands the same versions to writeChange, which plans them again
 * inside its transaction, so an edit made since the preview is merged,
 * not overwritten.
 */
import type { MergeKind } from '@/bundle/merge';
import type { ReadBundle } from '@/bundle/read-bundle';
import type { InvalidRecord } from '@/bundle/record-problems';
import {
  RECORD_KINDS,
  type RecordKind,
  type RecordOf,
} from '@/bundle/record-schemas';

import type { Versions } from '../write/change';
import {
  planVersions,
  type LoadLeaves,
  type VersionPlan,
} from '../write/plan-versions';
import { OutcomeTally } from './outcome-tally';
import { loadLeaves } from './stored-leaves';

export type { LoadLeaves } from '../write/plan-versions';

export type Counts = Record<MergeKind, number>;

export interface ImportPlan extends VersionPlan {
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

/** The office a record is counted under; a deadline belongs to none (''). */
export function officeOf(kind: RecordKind, record: object): string {
  if (kind === 'deadlines') return '';
  return kind === 'offices'
    ? (record as RecordOf['offices']).id
    : (record as { officeId: string }).officeId;
}

/** The versions the files bring, each kind's records then its losing versions. */
export function incomingOf(reads: readonly NamedRead[]): Versions {
  const versions: Versions = {};
  for (const kind of RECORD_KINDS)
    (versions as Record<RecordKind, unknown[]>)[kind] = reads.flatMap(
      ({ read }) => [
        ...read.records[kind],
        ...read.conflicts.flatMap((c) => (c.kind === kind ? [c.record] : [])),
      ],
    );
  return versions;
}

export const invalidOf = (reads: readonly NamedRead[]) =>
  reads.flatMap(({ file, read }) =>
    read.invalid.map((record) => ({ file, record })),
  );

export async function planImport(
  reads: readonly NamedRead[],
  load: LoadLeaves = loadLeaves,
): Promise<ImportPlan> {
  const plan = await planVersions(incomingOf(reads), load);
  const tally = new OutcomeTally();
  tally.add(plan);
  return {
    ...plan,
    byOffice: tally.byOffice(),
    invalid: invalidOf(reads),
  };
}
