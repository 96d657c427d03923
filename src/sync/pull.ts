/**
 * Pulling a database: `_changes?style=all_docs` from the checkpoint, a
 * batch at a time, each batch's leaves fetched with `_bulk_get?revs=true`
 * and handed to writeChange (cause `sync`), the same merge and store as a
 * bundle's import: conflicts from the server land in the conflicts table
 * and show on the conflicts screen. The batch and the checkpoint after it
 * are one transaction: a pull stopped anywhere (the tab closed, the disk
 * full, the network gone) has stored whole batches and resumes after the
 * last one; a batch that fails leaves nothing of itself.
 */
import type { ConflictRecord } from '@/bundle/read-bundle';
import { byKind } from '@/bundle/record-schemas';
import { db } from '@/db/app-db';
import type { Origins } from '@/db/exchange/origins';
import type { Versions } from '@/db/write/change';
import { writeChange } from '@/db/write/write-change';

import { saveRemote, type Replication } from './checkpoints';
import { SyncError } from './couch-client';
import {
  bulkGetAnswer,
  changesAnswer,
  databaseInfo,
  recordOfDoc,
  type Refused,
} from './protocol';

export interface PullProgress {
  /** Documents pulled so far in this sync. */
  done: number;
  /** About how many the database holds (its doc_count). */
  total: number;
}

export interface PullOptions {
  /** Changes asked a batch; 500 unless said. */
  batch?: number;
  onProgress?: (progress: PullProgress) => void;
  signal?: AbortSignal;
}

export interface PullResult {
  pulled: number;
  refused: Refused[];
}

const isQuota = (error: unknown): boolean => {
  for (let e = error, i = 0; e && i < 5; i++) {
    const { name, inner, cause } = e as {
      name?: string;
      inner?: unknown;
      cause?: unknown;
    };
    if (name === 'QuotaExceededError') return true;
    e = inner ?? cause;
  }
  return false;
};

/** The documents of these changes, every leaf, with their histories. */
async function fetchLeaves(
  replication: Replication,
  changes: { id: string; changes: { rev: string }[] }[],
): Promise<Record<string, unknown>[]> {
  const { client, database } = replication;
  const answer = await client.request(
    bulkGetAnswer,
    'POST',
    `${encodeURIComponent(database)}/_bulk_get?revs=true`,
    {
      docs: changes.flatMap(({ id, changes: revs }) =>
        revs.map(({ rev }) => ({ id, rev })),
      ),
    },
  );
  // A document deleted meanwhile answers an error (pouchdb-server: `{}`):
  // its next change brings it.
  return answer.results.flatMap((r) =>
    r.docs.flatMap((d) => (d.ok ? [d.ok] : [])),
  );
}

function versionsOf(records: readonly ConflictRecord[]): Versions {
  const versions = byKind(() => [] as unknown[]);
  for (const { kind, record } of records) versions[kind].push(record);
  return versions as Versions;
}

export async function pull(
  replication: Replication,
  options: PullOptions = {},
): Promise<PullResult> {
  const { client, database } = replication;
  const name = encodeURIComponent(database);
  const batch = options.batch ?? 500;
  const source = {
    from: 'server' as const,
    database: client.server + '/' + database,
  };
  const info = await client.request(databaseInfo, 'GET', name);
  const result: PullResult = { pulled: 0, refused: [] };
  for (;;) {
    options.signal?.throwIfAborted();
    const since = encodeURIComponent(String(replication.checkpoint.pulled));
    const changes = await client.request(
      changesAnswer,
      'GET',
      `${name}/_changes?style=all_docs&since=${since}&limit=${batch}`,
    );
    if (changes.results.length === 0) break;
    // Design documents are the server's rules, not records.
    const wanted = changes.results.filter((c) => !c.id.startsWith('_design/'));
    const docs = wanted.length ? await fetchLeaves(replication, wanted) : [];
    const records: ConflictRecord[] = [];
    for (const doc of docs) {
      const mapped = recordOfDoc(doc);
      if ('ok' in mapped) records.push(mapped.ok);
      else result.refused.push(mapped.refused);
    }
    const next = { ...replication.checkpoint, pulled: changes.last_seq };
    try {
      await writeChange({ cause: 'sync', source }, async (change) => {
        if (records.length)
          await change.write(versionsOf(records), {
            originsOf: (plan) => (kind, id, leaves, kept) => {
              const stored = plan.kinds[kind].stored.get(id);
              const origins: Origins = {};
              for (const { rev } of [leaves.winner, ...leaves.losers]) {
                const before =
                  stored?.winner.rev === rev ||
                  stored?.losers.some((l) => l.rev === rev);
                origins[rev] =
                  kept?.[rev] ??
                  (before
                    ? { from: 'device' }
                    : {
                        from: 'server',
                        database: source.database,
                        pulledAt: change.at,
                      });
              }
              return origins;
            },
          });
        await db.syncCheckpoints.put(next);
      });
    } catch (error) {
      if (isQuota(error))
        throw new SyncError('quota', 'The device has no room for the pull');
      throw error;
    }
    replication.checkpoint = next;
    await saveRemote(replication);
    result.pulled += docs.length;
    options.onProgress?.({ done: result.pulled, total: info.doc_count });
    if (changes.results.length < batch) break;
  }
  return result;
}
