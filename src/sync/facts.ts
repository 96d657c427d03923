/**
 * What the shell shows of a sync between runs, from the database: when it
 * last ended well and how many changes wait to be pushed (the journal
 * after the push checkpoint). Read live, so an edit counts at once.
 */
import { db } from '@/db/app-db';
import type { SyncConfig } from '@/db/settings';

import { checkpointId } from './checkpoints';
import { targetsOf } from './engine';
import { pendingCount } from './push';

export interface SyncFacts {
  syncedAt?: string;
  /** Changes made here not yet on the server; 0 for a consolidator. */
  pending: number;
}

export async function syncFacts(config: SyncConfig): Promise<SyncFacts> {
  const server = config.server.replace(/\/+$/, '');
  let pending = 0;
  let syncedAt: string | undefined;
  for (const { database, pushOffice } of targetsOf(config)) {
    const checkpoint = await db.syncCheckpoints.get(
      checkpointId(server, database),
    );
    if (checkpoint?.syncedAt && (!syncedAt || checkpoint.syncedAt < syncedAt))
      syncedAt = checkpoint.syncedAt;
    if (pushOffice) pending += await pendingCount(checkpoint?.pushed ?? 0);
  }
  return { ...(syncedAt ? { syncedAt } : {}), pending };
}
