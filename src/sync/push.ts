/**
 * Pushing to an office's database: the journal read from the push
 * checkpoint (db/write/journal.ts, the change feed), each batch's records
 * with every leaf they have now (tombstones too: a resolution's closes the
 * conflict on the server as in CouchDB), `_revs_diff` for what the server
 * lacks, then `_bulk_docs` with `new_edits: false`, which stores the
 * revisions as they are. The checkpoint moves only after the server took a
 * batch: a 401, a 403 or a lost network leaves the batch pending in the
 * journal, sent again next time (the server keeps a revision once).
 */
import type { CouchDoc } from '@/bundle/couch-doc';
import type { RecordKind } from '@/bundle/record-schemas';
import { db } from '@/db/app-db';
import { officeOf } from '@/db/exchange/plan-import';
import { loadLeaves, type Wanted } from '@/db/exchange/stored-leaves';
import {
  journalHead,
  readChanges,
  type JournalEntry,
} from '@/db/write/journal';

import { saveRemote, type Replication } from './checkpoints';
import { SyncError } from './couch-client';
import {
  bulkDocsAnswer,
  docsOfLeaves,
  revsDiffAnswer,
  type Refused,
} from './protocol';

export interface PushResult {
  pushed: number;
  refused: Refused[];
}

/** Pulled versions are the server's already: never pushed back. */
const toPush = (entry: JournalEntry) => entry.cause !== 'sync';

/** How many journal entries after `since` a push would send. */
export async function pendingCount(since: number): Promise<number> {
  let count = 0;
  await db.journal
    .where(':id')
    .above(since)
    .each((row) => {
      if (row.cause === 'sync') return;
      count += row.last - Math.max(row.first, since + 1) + 1;
    });
  return count;
}

/** The documents of the records these entries name that belong in `officeId`'s database. */
async function docsOf(
  entries: readonly JournalEntry[],
  officeId: string,
): Promise<{ docs: CouchDoc[]; refused: Refused[] }> {
  const byKind = new Map<RecordKind, Map<string, Wanted>>();
  for (const { kind, id, measureId } of entries) {
    const wanted = byKind.get(kind) ?? new Map<string, Wanted>();
    wanted.set(id, measureId ? { id, measureId } : { id });
    byKind.set(kind, wanted);
  }
  const docs: CouchDoc[] = [];
  const refused: Refused[] = [];
  for (const [kind, wanted] of byKind) {
    const stored = await loadLeaves(kind, [...wanted.values()]);
    for (const [id, leaves] of stored) {
      // A deadline belongs to no office: every office's database takes it.
      if (kind !== 'deadlines' && officeOf(kind, leaves.winner) !== officeId)
        continue;
      try {
        docs.push(...docsOfLeaves(kind, leaves));
      } catch {
        refused.push({ id: `${kind}:${id}`, reason: 'notOneChain' });
      }
    }
  }
  return { docs, refused };
}

/** Every record of an office this device stores, as loadLeaves asks for them. */
async function officeRecords(officeId: string): Promise<JournalEntry[]> {
  const ofOffice = <T extends { officeId: string }>(rows: T[]) =>
    rows.filter((row) => row.officeId === officeId);
  const [measures, groups, reports, approvals, deadlines] = await Promise.all([
    db.measures.filter((m) => m.officeId === officeId).primaryKeys(),
    db.updateGroups.where('officeId').equals(officeId).toArray(),
    db.roundReports.toArray().then(ofOffice),
    db.approvals.toArray().then(ofOffice),
    db.deadlines.toCollection().primaryKeys(),
  ]);
  const entry = (kind: RecordKind, id: string, measureId?: string) =>
    ({ kind, id, ...(measureId ? { measureId } : {}) }) as JournalEntry;
  return [
    entry('offices', officeId),
    ...measures.map((id) => entry('measures', id)),
    ...groups.flatMap((g) =>
      g.updates.map((u) => entry('updates', u.id, g.measureId)),
    ),
    ...reports.map((r) => entry('roundReports', r.id)),
    ...approvals.map((a) => entry('approvals', a.id)),
    ...deadlines.map((id) => entry('deadlines', id)),
  ];
}

/** Sends these documents the server lacks; answers how many. */
async function send(
  replication: Replication,
  docs: readonly CouchDoc[],
): Promise<number> {
  const name = encodeURIComponent(replication.database);
  const { client } = replication;
  if (docs.length === 0) return 0;
  const revs: Record<string, string[]> = {};
  for (const doc of docs) (revs[doc._id] ??= []).push(doc._rev);
  const diff = await client.request(
    revsDiffAnswer,
    'POST',
    `${name}/_revs_diff`,
    revs,
  );
  const missing = docs.filter((doc) =>
    diff[doc._id]?.missing?.includes(doc._rev),
  );
  if (missing.length === 0) return 0;
  const errors = await client.request(
    bulkDocsAnswer,
    'POST',
    `${name}/_bulk_docs`,
    { docs: missing, new_edits: false },
  );
  const failed = errors.filter((e) => e.error);
  // validate_doc_update refuses a document with `forbidden`: the batch
  // stays pending, as after a 403 for the whole request.
  if (failed.length)
    throw new SyncError(
      failed.some((e) => e.error === 'forbidden' || e.error === 'unauthorized')
        ? 'forbidden'
        : 'server',
      failed
        .slice(0, 3)
        .map((e) => `${e.id ?? '?'}: ${e.reason ?? e.error ?? ''}`)
        .join('; '),
    );
  return missing.length;
}

/**
 * The first push of a session sends every record of the office, not the
 * journal from 0: records stored before the journal began (schema v6)
 * have no entry. The journal is then read from its head as it was before.
 */
async function pushEverything(
  replication: Replication,
  officeId: string,
  batch: number,
  result: PushResult,
) {
  const head = await journalHead();
  const all = await officeRecords(officeId);
  for (let i = 0; i < all.length; i += batch) {
    const { docs, refused } = await docsOf(all.slice(i, i + batch), officeId);
    result.refused.push(...refused);
    result.pushed += await send(replication, docs);
  }
  replication.checkpoint = { ...replication.checkpoint, pushed: head };
  await db.syncCheckpoints.put(replication.checkpoint);
  await saveRemote(replication);
}

export async function push(
  replication: Replication,
  officeId: string,
  options: { batch?: number; signal?: AbortSignal } = {},
): Promise<PushResult> {
  const batch = options.batch ?? 500;
  const result: PushResult = { pushed: 0, refused: [] };
  if (replication.checkpoint.pushed === 0)
    await pushEverything(replication, officeId, batch, result);
  for (;;) {
    options.signal?.throwIfAborted();
    const { entries, last } = await readChanges(
      replication.checkpoint.pushed,
      batch,
    );
    if (entries.length === 0) break;
    const { docs, refused } = await docsOf(entries.filter(toPush), officeId);
    result.refused.push(...refused);
    result.pushed += await send(replication, docs);
    replication.checkpoint = { ...replication.checkpoint, pushed: last };
    await db.syncCheckpoints.put(replication.checkpoint);
    await saveRemote(replication);
  }
  return result;
}
