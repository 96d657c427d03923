/**
 * The bodies of versions a change replaced, kept so a record's history can
 * show what changed (db/history.ts). The policy, bounded by fiscal year:
 * - a measure's versions, and its updates', are kept while the measure's
 *   fiscal year is the current one, the one before or a later one;
 * - an office's versions while the fiscal year they were replaced in is;
 * - a deadline's, a round's report text's and an approval's while their own
 *   fiscal year is;
 * - older ones are dropped by the first change written once the fiscal
 *   year has turned (1 October). Their journal entries stay: the history
 *   still lists those versions, with when, why, where from and who, but
 *   no longer what they held. Current versions and kept conflicts are
 *   never dropped, and a tombstone keeps the content it deleted.
 */
import type { RecordKind, RecordOf } from '@/bundle/record-schemas';
import { fiscalYearOf } from '@/domain/fiscal-year';
import { sortedKeys } from '@/domain/sorted-keys';
import type { IsoDate } from '@/domain/types';

import { db, type HistoryRow } from '../app-db';
import type { Step, VersionPlan } from './plan-versions';

/** Fiscal years of bodies kept: the current one and the one before. */
export const HISTORY_YEARS = 2;

/** The oldest fiscal year whose bodies are kept on `today`. */
export const oldestKeptYear = (today: IsoDate) =>
  fiscalYearOf(today) - (HISTORY_YEARS - 1);

/** Measures' fiscal years, from the plan or else from the table. */
async function measureYears(plan: VersionPlan, ids: ReadonlySet<string>) {
  const years = new Map<string, number>();
  const missing: string[] = [];
  for (const id of ids) {
    const leaves = plan.kinds.measures.next.get(id);
    if (leaves) years.set(id, leaves.winner.fiscalYear);
    else missing.push(id);
  }
  if (missing.length > 0)
    (await db.measures.bulkGet(missing)).forEach((measure, i) => {
      if (measure) years.set(missing[i] as string, measure.fiscalYear);
    });
  return years;
}

/** Keeps the bodies of the leaves these steps replaced, within the policy. */
export async function keepReplaced(
  plan: VersionPlan,
  steps: readonly Step[],
  today: IsoDate,
): Promise<void> {
  const replaced = steps.flatMap(({ kind, replaced }) =>
    replaced.map((record) => ({ kind, record })),
  );
  if (replaced.length === 0) return;
  const measureOf = (kind: RecordKind, record: RecordOf[RecordKind]) =>
    kind === 'measures'
      ? record.id
      : kind === 'updates'
        ? (record as RecordOf['updates']).measureId
        : undefined;
  const ids = new Set(
    replaced.flatMap(({ kind, record }) => {
      const id = measureOf(kind, record as RecordOf[RecordKind]);
      return id ? [id] : [];
    }),
  );
  const years = await measureYears(plan, ids);
  const oldest = oldestKeptYear(today);
  const rows: HistoryRow[] = [];
  for (const { kind, record } of replaced) {
    const measureId = measureOf(kind, record as RecordOf[RecordKind]);
    // A deadline, a round's report text, its approvals and an OIT item are kept by their
    // own fiscal year, as a measure is.
    const own =
      kind === 'deadlines' ||
      kind === 'roundReports' ||
      kind === 'approvals' ||
      kind === 'oitItems'
        ? (record as RecordOf['approvals']).fiscalYear
        : undefined;
    const fiscalYear =
      own ??
      (measureId
        ? (years.get(measureId) ?? fiscalYearOf(today))
        : fiscalYearOf(today));
    if (fiscalYear < oldest) continue;
    rows.push({
      kind,
      recordId: record.id,
      rev: record.rev,
      record: sortedKeys(record as RecordOf[RecordKind]),
      fiscalYear,
    });
  }
  await db.history.bulkPut(rows);
}

/** Drops the bodies the policy no longer keeps on `today`. */
export async function dropOldBodies(today: IsoDate): Promise<void> {
  await db.history.where('fiscalYear').below(oldestKeptYear(today)).delete();
}
