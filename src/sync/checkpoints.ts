/**
 * Where a sync with one database stands, kept on both sides as CouchDB's
 * replicator keeps it: this device's row (syncCheckpoints, written with the
 * batch it counts) and a `_local/` document on the server named by the
 * row's session. A sync resumes from them when both agree; when the server
 * has no such document (a database made anew, restored from a backup, a
 * test server restarted) or is behind the sequence pulled, the numbers
 * point at a history the server no longer has, and the sync starts over
 * from 0: safe, since a version met again changes nothing (bundle/merge.ts)
 * and `_revs_diff` sends only what the server lacks.
 */
import { db, type SyncCheckpoint } from '@/db/app-db';

import { SyncError, type CouchClient } from './couch-client';
import { databaseInfo, localDoc, newSession, putAnswer } from './protocol';

export interface Replication {
  client: CouchClient;
  /** The database's name on the server. */
  database: string;
  checkpoint: SyncCheckpoint;
  /** The server's `_local/` document's rev, once there is one. */
  remoteRev?: string;
  /** The sync started over this time (shown: nothing is lost by it). */
  restarted: boolean;
}

export const checkpointId = (server: string, database: string) =>
  `${server}/${database}`;

const localPath = (database: string, session: string) =>
  `${encodeURIComponent(database)}/_local/ita-tracker-${session}`;

/** A numeric sequence (pouchdb-server's, CouchDB 1's); CouchDB 3's are opaque. */
const numberOf = (seq: string | number) =>
  typeof seq === 'number' ? seq : /^\d+$/.test(seq) ? Number(seq) : undefined;

/** The replication's state to begin with: resumed, or started over. */
export async function openReplication(
  client: CouchClient,
  database: string,
): Promise<Replication> {
  const id = checkpointId(client.server, database);
  const [stored, info] = await Promise.all([
    db.syncCheckpoints.get(id),
    client.request(databaseInfo, 'GET', encodeURIComponent(database)),
  ]);
  if (stored) {
    const remote = await client
      .request(localDoc, 'GET', localPath(database, stored.session))
      .catch((error: unknown) => {
        if (error instanceof SyncError && error.kind === 'missing')
          return undefined;
        throw error;
      });
    const pulled = numberOf(stored.pulled);
    const server = numberOf(info.update_seq);
    const behind =
      pulled !== undefined && server !== undefined && server < pulled;
    if (remote && !behind)
      return {
        client,
        database,
        checkpoint: stored,
        remoteRev: remote._rev,
        restarted: false,
      };
  }
  const checkpoint: SyncCheckpoint = {
    id,
    session: newSession(),
    pulled: 0,
    pushed: 0,
  };
  return { client, database, checkpoint, restarted: stored !== undefined };
}

/** The server's half of the checkpoint, after this device's is stored. */
export async function saveRemote(replication: Replication): Promise<void> {
  const { client, database, checkpoint } = replication;
  const answer = await client.request(
    putAnswer,
    'PUT',
    localPath(database, checkpoint.session),
    {
      session: checkpoint.session,
      pulled: checkpoint.pulled,
      pushed: checkpoint.pushed,
      ...(replication.remoteRev ? { _rev: replication.remoteRev } : {}),
    },
  );
  replication.remoteRev = answer.rev;
}
