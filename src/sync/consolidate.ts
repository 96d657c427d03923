/**
 * A consolidator's sync: the offices' databases the server lets them
 * read, chosen from its list, pulled one after another into this device
 * (never pushed: a consolidator reads). The result is what importing
 * those offices' bundles gives (consolidate.test.ts).
 */
import { z } from 'zod';

import type { CouchClient } from './couch-client';
import { officeOfDatabase } from './protocol';
import type { PullProgress } from './pull';
import { syncDatabase, type SyncOutcome } from './replicate';

/**
 * The offices' databases on the server (`_all_dbs`, which CouchDB 3 lets
 * a non-admin read when `admin_only_all_dbs` is false: docs/sync.md).
 */
export async function officeDatabases(client: CouchClient): Promise<string[]> {
  const all = await client.request(z.array(z.string()), 'GET', '_all_dbs');
  return all.filter((name) => officeOfDatabase(name) !== undefined);
}

export async function pullOffices(
  client: CouchClient,
  databases: readonly string[],
  options: {
    onProgress?: (database: string, progress: PullProgress) => void;
    signal?: AbortSignal;
  } = {},
): Promise<Map<string, SyncOutcome>> {
  const outcomes = new Map<string, SyncOutcome>();
  for (const database of databases) {
    outcomes.set(
      database,
      await syncDatabase(
        { client, database },
        {
          onProgress: (progress) => options.onProgress?.(database, progress),
          ...(options.signal ? { signal: options.signal } : {}),
        },
      ),
    );
  }
  return outcomes;
}
