/**
 * The updates a streamed import writes, held back and written tens of
 * thousands at a time. A measure's updates are one row (update-groups.ts),
 * and a bundle may list updates in any order of measures: written slice by
 * slice, a measure whose updates are spread over the file would have its
 * row rewritten once per slice (a province in id order: about 35 times).
 * Held back, a row is rewritten once per `limit` updates at most.
 */
import type { ProgressUpdate } from '@/domain/types';

import { putUpdates } from '../update-groups';

/** About 35 MB of updates in hand at most. */
export const PENDING_LIMIT = 50_000;

export function pendingUpdates(limit = PENDING_LIMIT) {
  const pending = new Map<string, ProgressUpdate>();
  const flush = async () => {
    if (pending.size === 0) return;
    const records = [...pending.values()];
    pending.clear();
    await putUpdates(records);
  };
  return {
    async put(records: readonly ProgressUpdate[]) {
      for (const record of records) pending.set(record.id, record);
      if (pending.size >= limit) await flush();
    },
    /** Whether any of these is held back, so not yet readable. */
    holdsAny: (wanted: readonly { id: string }[]) =>
      wanted.some((w) => pending.has(w.id)),
    flush,
  };
}
