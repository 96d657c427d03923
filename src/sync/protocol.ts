/**
 * The replication protocol's pure steps, as CouchDB defines it
 * (docs.couchdb.org "Replication Protocol"): the shapes of the answers the
 * replicator reads, the documents it pushes, the records it pulls. No
 * database, no network: push.ts and pull.ts do those.
 */
import { z } from 'zod';

import { fromCouchDoc, toCouchDoc, type CouchDoc } from '@/bundle/couch-doc';
import type { Leaves } from '@/bundle/merge';
import type { ConflictRecord } from '@/bundle/read-bundle';
import { describeInvalid, type RecordProblem } from '@/bundle/record-problems';
import { recordSchemas, type RecordKind } from '@/bundle/record-schemas';
import { REVS_LIMIT } from '@/domain/revision';
import type { Revisioned } from '@/domain/types';

/** Each office's data is one database, named from the office's id. */
export const officeDatabase = (officeId: string) =>
  `ita-office-${officeId.toLowerCase()}`;

/** The office of a database named so, if it is one. */
export function officeOfDatabase(name: string): string | undefined {
  return name.startsWith('ita-office-')
    ? name.slice('ita-office-'.length)
    : undefined;
}

const seq = z.union([z.string(), z.number()]);

export const changesAnswer = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      seq,
      changes: z.array(z.object({ rev: z.string() })),
      deleted: z.boolean().optional(),
    }),
  ),
  last_seq: seq,
});

export const bulkGetAnswer = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      docs: z.array(
        z.object({
          ok: z.record(z.string(), z.unknown()).optional(),
          error: z
            .object({ error: z.string(), reason: z.string().optional() })
            .optional(),
        }),
      ),
    }),
  ),
});

export const revsDiffAnswer = z.record(
  z.string(),
  z.object({ missing: z.array(z.string()).optional() }),
);

/** With `new_edits: false` CouchDB answers only the documents it refused. */
export const bulkDocsAnswer = z.array(
  z.object({
    id: z.string().optional(),
    error: z.string().optional(),
    reason: z.string().optional(),
  }),
);

export const databaseInfo = z.object({
  db_name: z.string(),
  update_seq: seq,
  doc_count: z.number(),
});

export const localDoc = z.object({
  _id: z.string(),
  _rev: z.string(),
  session: z.string(),
  pulled: seq,
  pushed: z.number(),
});

export const putAnswer = z.object({ ok: z.literal(true), rev: z.string() });

/** A document the app could not take, with why (shown by id and reason). */
export interface Refused {
  id: string;
  reason: RecordProblem | 'notARecord' | string;
  field?: string;
}

/** The documents of a record's leaves, winner first, the tombstones too. */
export function docsOfLeaves(
  kind: RecordKind,
  leaves: Leaves<Revisioned>,
): CouchDoc[] {
  return [leaves.winner, ...leaves.losers].map((leaf) =>
    toCouchDoc(kind, leaf),
  );
}

/**
 * The record a pulled document maps to, checked as a bundle's record is;
 * or why not. CouchDB keeps up to 1,000 ancestors where a record keeps
 * REVS_LIMIT: the older ones are dropped, as a bundle's export drops them.
 */
export function recordOfDoc(
  raw: Record<string, unknown>,
): { ok: ConflictRecord } | { refused: Refused } {
  const id = typeof raw._id === 'string' ? raw._id : '';
  let mapped: ConflictRecord;
  try {
    const revisions = raw._revisions as CouchDoc['_revisions'];
    const doc = {
      ...raw,
      _revisions: { ...revisions, ids: revisions.ids.slice(0, REVS_LIMIT + 1) },
    } as CouchDoc;
    mapped = fromCouchDoc(doc);
  } catch {
    return { refused: { id, reason: 'notARecord' } };
  }
  const result = recordSchemas[mapped.kind].safeParse(mapped.record);
  if (result.success)
    return { ok: { kind: mapped.kind, record: result.data } as ConflictRecord };
  const problem = describeInvalid(mapped.kind, 0, mapped.record, result.error);
  return {
    refused: { id, reason: problem.problem, field: problem.field },
  };
}

/** A fresh session id: a sync that starts over makes one. */
export const newSession = () => crypto.randomUUID();
