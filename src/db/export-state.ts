/**
 * Whether this device holds changes no export has carried away yet, for
 * the reminder to export (features/exchange): from the journal, the first
 * change of a local cause (LOCAL_CAUSES: what only this device has) after
 * the journal's sequence number at the last export.
 */
import { useLiveQuery } from 'dexie-react-hooks';

import { db } from './app-db';
import { getSetting, setSetting } from './settings';
import { writeTransaction } from './write-transaction';

/** When the data first changed here after the last export; undefined when all is exported. */
export async function unexportedSince(): Promise<string | undefined> {
  const [before, exported] = await Promise.all([
    // Changes made before the journal (schema v6), noted the old way.
    getSetting('unexportedSince'),
    getSetting('lastExportSeq'),
  ]);
  if (before) return before;
  const first = await db.journal
    .where('[local+last]')
    .between([1, (exported ?? 0) + 1], [1, Infinity])
    .first();
  return first?.at;
}

export function useUnexportedSince(): string | undefined {
  return useLiveQuery(unexportedSince);
}

/**
 * An export was made at `at` of the data as it was at journal sequence
 * `seq` (gatherExportFile reads it with the data, so a change saved while
 * the file was being written out counts as not exported).
 */
export async function markExported(at: string, seq: number): Promise<void> {
  await writeTransaction([db.settings], async () => {
    await setSetting('lastExportAt', at);
    await setSetting('lastExportSeq', seq);
    await db.settings.delete('unexportedSince');
  });
}
