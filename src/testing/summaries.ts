import { db } from '@/db/app-db';
import { allStoredUpdates } from '@/db/update-groups';
import { summarize } from '@/domain/measure-summary';

const byMeasure = (a: { measureId: string }, b: { measureId: string }) =>
  a.measureId.localeCompare(b.measureId);

/**
 * The stored summaries and those computed from scratch from the stored
 * measures and updates, both in measure order: the invariant tests compare
 * them.
 */
export async function summariesStoredAndFromScratch() {
  const [measures, updates, summaries] = await Promise.all([
    db.measures.toArray(),
    allStoredUpdates(),
    db.summaries.toArray(),
  ]);
  const expected = measures
    .filter((m) => !m.deleted)
    .map((m) => summarize(m, updates));
  return {
    measures,
    stored: [...summaries].sort(byMeasure),
    expected: expected.sort(byMeasure),
  };
}
