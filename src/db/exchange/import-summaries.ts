import { summarize, type MeasureSummary } from '@/domain/measure-summary';
import type { ProgressUpdate } from '@/domain/types';

import { db } from '../app-db';
import { refreshSummaries } from '../summaries';
import type { ImportPlan } from './plan-import';

/**
 * Summaries of the measures an import touched, inside its transaction. A
 * measure new to this database has no stored updates (an update is stored
 * only once its measure is), so its summary comes from the versions being
 * written, without reading them back (100,000 for a province's first
 * import); the other measures are refreshed from the tables.
 */
export async function summarizeImport(
  plan: ImportPlan,
  touched: ReadonlySet<string>,
): Promise<void> {
  const measures = plan.kinds.measures;
  const updatesOf = new Map<string, ProgressUpdate[]>();
  for (const { winner } of plan.kinds.updates.next.values()) {
    const list = updatesOf.get(winner.measureId) ?? [];
    list.push(winner);
    updatesOf.set(winner.measureId, list);
  }
  const fresh: MeasureSummary[] = [];
  const stored: string[] = [];
  for (const id of touched) {
    const leaves = measures.next.get(id);
    if (!leaves || measures.stored.has(id)) stored.push(id);
    else if (!leaves.winner.deleted)
      fresh.push(summarize(leaves.winner, updatesOf.get(id) ?? []));
  }
  await db.summaries.bulkPut(fresh);
  await refreshSummaries(stored);
}
