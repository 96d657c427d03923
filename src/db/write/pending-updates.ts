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

/** About 35 MB of updates in hand at most, for updates of a few hundred bytes. */
export const PENDING_LIMIT = 50_000;
/**
 * And at most this many characters of their texts: 50,000 updates of 100 KB
 * each (within every limit) would be 5 GB in hand, more than a 4 GB laptop
 * has (issue 17). 16 M characters are 32 MB as the engine holds them.
 */
export const PENDING_CHARS = 16 * 1024 * 1024;

/** The characters of an update's texts: what its size grows with. */
function charsOf(update: ProgressUpdate): number {
  let chars =
    update.result.length +
    update.suggestions.length +
    update.outcome.length +
    update.problems.length +
    update.reporter.length;
  for (const link of update.evidence) chars += link.length;
  return chars;
}

export function pendingUpdates(
  limit = PENDING_LIMIT,
  charLimit = PENDING_CHARS,
) {
  const pending = new Map<string, ProgressUpdate>();
  let chars = 0;
  const flush = async () => {
    if (pending.size === 0) return;
    const records = [...pending.values()];
    pending.clear();
    chars = 0;
    await putUpdates(records);
  };
  return {
    async put(records: readonly ProgressUpdate[]) {
      for (const record of records) {
        pending.set(record.id, record);
        chars += charsOf(record);
      }
      if (pending.size >= limit || chars >= charLimit) await flush();
    },
    /** Whether any of these is held back, so not yet readable. */
    holdsAny: (wanted: readonly { id: string }[]) =>
      wanted.some((w) => pending.has(w.id)),
    flush,
  };
}
