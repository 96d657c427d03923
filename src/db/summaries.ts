/**
 * A measure's summary (domain/measure-summary.ts) made again from what is
 * stored: the write path (write/change-summaries.ts) calls it, inside the
 * change's transaction, for every measure a change touched that it could
 * not fold as written, so a summary is never out of step with its updates.
 */
import { summarize } from '@/domain/measure-summary';

import { db } from './app-db';
import { isLive } from './records';
import { storedUpdatesOfMeasures } from './update-groups';

/** Measures refreshed per round of reads: bounds memory on a large import. */
const CHUNK = 500;

async function refreshChunk(ids: readonly string[]): Promise<void> {
  // Every read of the chunk is issued at once: one await per measure would
  // wait for a round trip to the database each time (13 s for 3,600).
  const [measures, updates] = await Promise.all([
    db.measures.bulkGet([...ids]),
    storedUpdatesOfMeasures(ids),
  ]);
  const gone = ids.filter((_, i) => !isLive(measures[i]));
  const fresh = measures.flatMap((measure, i) =>
    isLive(measure) ? [summarize(measure, updates[i] ?? [])] : [],
  );
  await Promise.all([
    db.summaries.bulkDelete(gone),
    db.summaries.bulkPut(fresh),
  ]);
}

export async function refreshSummaries(
  measureIds: Iterable<string>,
): Promise<void> {
  const ids = [...new Set(measureIds)];
  for (let i = 0; i < ids.length; i += CHUNK)
    await refreshChunk(ids.slice(i, i + CHUNK));
}
