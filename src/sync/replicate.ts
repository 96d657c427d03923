/**
 * One sync with one database: the checkpoint opened (resumed, or started
 * over when the server no longer has the history it points at), a pull,
 * then a push of what the journal holds since (an office's own database
 * only; a consolidator reads). Each step stores its progress as it goes,
 * so a sync stopped anywhere loses nothing and resumes.
 */
import { db } from '@/db/app-db';
import { nowIso } from '@/db/clock';

import { openReplication, saveRemote } from './checkpoints';
import type { CouchClient } from './couch-client';
import type { Refused } from './protocol';
import { pull, type PullProgress } from './pull';
import { push } from './push';

export interface SyncTarget {
  client: CouchClient;
  database: string;
  /** The office whose database it is; given, this device's changes are pushed. */
  pushOffice?: string;
}

export interface SyncOutcome {
  pulled: number;
  pushed: number;
  refused: Refused[];
  restarted: boolean;
}

export async function syncDatabase(
  target: SyncTarget,
  options: {
    batch?: number;
    onProgress?: (progress: PullProgress) => void;
    signal?: AbortSignal;
  } = {},
): Promise<SyncOutcome> {
  const replication = await openReplication(target.client, target.database);
  if (!replication.remoteRev) {
    // A new session: this device's half first, so a stop between the two
    // finds a session the server lacks and starts over again, safely.
    await db.syncCheckpoints.put(replication.checkpoint);
    await saveRemote(replication);
  }
  const pulled = await pull(replication, options);
  const pushed = target.pushOffice
    ? await push(replication, target.pushOffice, options)
    : { pushed: 0, refused: [] };
  await db.syncCheckpoints.put({
    ...replication.checkpoint,
    syncedAt: nowIso(),
  });
  return {
    pulled: pulled.pulled,
    pushed: pushed.pushed,
    refused: [...pulled.refused, ...pushed.refused],
    restarted: replication.restarted,
  };
}
