/**
 * The outcome counts of an import by office, slice after slice. A version
 * counted "in conflict" is settled at the end against its record's last
 * state (bundle/merge.ts settledOutcome): the tombstones closing a
 * resolved conflict come in the bundle's `conflicts` list, read after the
 * records and maybe in a later slice, and the preview and the log must say
 * what the whole file does, however it was sliced.
 */
import { settledOutcome, type Leaves } from '@/bundle/merge';
import type { RecordKind } from '@/bundle/record-schemas';
import type { Revisioned } from '@/domain/types';

import type { VersionPlan } from '../write/plan-versions';
import { emptyCounts, officeOf, type Counts } from './plan-import';

interface Unsettled {
  kind: RecordKind;
  id: string;
  office: string;
  versions: number;
  leaves: Leaves<Revisioned>;
}

export class OutcomeTally {
  private readonly counts = new Map<string, Counts>();
  private readonly unsettled = new Map<string, Unsettled>();

  /** Counts a plan's steps; keeps the latest state of records in conflict. */
  add(plan: VersionPlan): void {
    for (const { kind, version, outcome } of plan.steps) {
      const office = officeOf(kind, version);
      if (outcome !== 'conflict') {
        this.count(office, outcome, 1);
        continue;
      }
      const key = `${kind}:${version.id}`;
      const leaves = plan.kinds[kind].next.get(version.id);
      if (!leaves) throw new Error(`No state planned for ${key}`);
      const known = this.unsettled.get(key);
      this.unsettled.set(key, {
        kind,
        id: version.id,
        office,
        versions: (known?.versions ?? 0) + 1,
        leaves,
      });
    }
    // A later slice may close (or reopen) a conflict counted before.
    for (const entry of this.unsettled.values()) {
      const next = plan.kinds[entry.kind].next.get(entry.id);
      if (next) entry.leaves = next;
    }
  }

  /** The counts by office, each version in conflict settled. */
  byOffice(): Map<string, Counts> {
    const result = new Map(
      [...this.counts].map(([office, c]) => [office, { ...c }]),
    );
    for (const { office, versions, leaves } of this.unsettled.values()) {
      const counts = result.get(office) ?? emptyCounts();
      counts[settledOutcome('conflict', leaves)] += versions;
      result.set(office, counts);
    }
    return result;
  }

  private count(office: string, outcome: keyof Counts, n: number) {
    const counts = this.counts.get(office) ?? emptyCounts();
    counts[outcome] += n;
    this.counts.set(office, counts);
  }
}
