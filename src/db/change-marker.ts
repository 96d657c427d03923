/**
 * Remembers when the data first changed after the last export, so the app can
 * remind a person who has not exported for a week (features/exchange).
 */
import Dexie from 'dexie';

import { db } from './app-db';
import { getSetting, setSetting } from './settings';
import { writeTransaction } from './write-transaction';

/** Within a transaction that includes `settings`, or outside any. */
export async function noteChange(at: string): Promise<void> {
  if ((await getSetting('unexportedSince')) === undefined) {
    await setSetting('unexportedSince', at);
  }
}

/** From any local write: outside the writer's transaction, never failing it. */
export function noteLocalChange(at: string): void {
  void Dexie.ignoreTransaction(() => noteChange(at)).catch(() => undefined);
}

export async function markExported(at: string): Promise<void> {
  await writeTransaction([db.settings], async () => {
    await setSetting('lastExportAt', at);
    await db.settings.delete('unexportedSince');
  });
}
