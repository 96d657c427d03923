/**
 * Keeps each measure's summary (domain/measure-summary.ts) current. Every
 * command that writes updates calls refreshSummaries inside its own
 * transaction, so a summary is never out of step with its updates.
 */
import { summarize } from '@/domain/measure-summary';

import { db } from './app-db';
import { isLive } from './records';

/** The tables a transaction must include to call refreshSummaries. */
export const summaryTables = () => [db.measures, db.updates, db.summaries];

export async function refreshSummaries(
  measureIds: Iterable<string>,
): Promise<void> {
  for (const id of new Set(measureIds)) {
    const measure = await db.measures.get(id);
    if (!isLive(measure)) {
      await db.summaries.delete(id);
      continue;
    }
    const updates = await db.updates.where('measureId').equals(id).toArray();
    await db.summaries.put(summarize(measure, updates));
  }
}
