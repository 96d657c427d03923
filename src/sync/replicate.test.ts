// The replicator against a real CouchDB-protocol server (pouchdb-server in
// memory): push, pull, conflicts both ways, resumption, and the faults.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { toCouchDoc } from '@/bundle/couch-doc';
import { db } from '@/db/app-db';
import { listConflicts, resolveConflictWith } from '@/db/conflicts';
import { createMeasure, updateMeasure } from '@/db/measures';
import { createOffice } from '@/db/offices';
import { createUpdate } from '@/db/updates';
import { contentOf } from '@/domain/revision';
import type { Measure } from '@/domain/types';
import {
  newDatabase,
  putDocs,
  serverDoc,
  startTestCouch,
  testClient,
  type TestCouch,
} from '@/testing/couch';
import {
  makeMeasureInput,
  makeOfficeFields,
  makeUpdateInput,
} from '@/testing/factories';
import { editTitle } from '@/testing/records';
import { resetDb } from '@/testing/reset-db';

import { SyncError, type Fetch } from './couch-client';
import { pendingCount } from './push';
import { syncDatabase } from './replicate';

let couch: TestCouch;
beforeAll(async () => {
  couch = await startTestCouch();
}, 30_000);
afterAll(() => couch.stop());
beforeEach(resetDb);

/** What a device holds, as a consolidator compares two: records and conflicts. */
async function tables() {
  const conflicts = await db.conflicts.toArray();
  return {
    offices: await db.offices.toArray(),
    measures: await db.measures.toArray(),
    updateGroups: await db.updateGroups.toArray(),
    summaries: await db.summaries.toArray(),
    conflicts: conflicts.map(({ origins: _origins, ...row }) => row),
  };
}

async function officeWithWork() {
  const office = await createOffice(makeOfficeFields());
  const measure = await createMeasure(office.id, 2568, makeMeasureInput());
  await createUpdate(measure.id, makeUpdateInput());
  return { office, measure };
}

const sync = (database: string, pushOffice?: string, fetch?: Fetch) =>
  syncDatabase({
    client: testClient(couch.url, fetch ? { fetch } : {}),
    database,
    ...(pushOffice ? { pushOffice } : {}),
  });

describe('sync with a CouchDB server', () => {
  it('pushes every leaf with its history, and another device pulls equal tables', async () => {
    const database = await newDatabase(couch.url);
    const { office, measure } = await officeWithWork();
    expect(await pendingCount(0)).toBe(3);
    const first = await sync(database, office.id);
    expect(first.pushed).toBe(3);
    const doc = await serverDoc(couch.url, database, `measures:${measure.id}`);
    expect(doc._rev).toBe(measure.rev);
    expect(doc.title).toBe(measure.title);
    const checkpoint = await db.syncCheckpoints.toArray();
    expect(await pendingCount(checkpoint[0]?.pushed ?? 0)).toBe(0);
    const here = await tables();

    await resetDb();
    const other = await sync(database);
    expect(other.pulled).toBe(3);
    expect(await tables()).toEqual(here);
    // Pulled versions are the server's: nothing to push back.
    expect(await pendingCount(0)).toBe(0);
  });

  it('brings a conflict from the server to the conflicts list, and its resolution closes it on the server', async () => {
    const database = await newDatabase(couch.url);
    const { office, measure } = await officeWithWork();
    await sync(database, office.id);
    // Another device edits the same measure and pushes first.
    const theirs = editTitle(
      measure,
      'ชื่อจากอีกเครื่อง',
      '2025-02-01T00:00:00.000Z',
    );
    await putDocs(couch.url, database, [toCouchDoc('measures', theirs)]);
    await updateMeasure(measure.id, makeMeasureInput({ title: 'ชื่อจากเครื่องนี้' }));

    await sync(database, office.id);
    const [open] = await listConflicts();
    const versions = (open?.versions ?? []) as Measure[];
    expect(versions.map((v) => v.title).sort()).toEqual(
      ['ชื่อจากอีกเครื่อง', 'ชื่อจากเครื่องนี้'].sort(),
    );
    const before = await serverDoc(
      couch.url,
      database,
      `measures:${measure.id}`,
    );
    expect(before._conflicts).toHaveLength(1);

    const chosen = versions.find((v) => v.title === 'ชื่อจากอีกเครื่อง');
    if (!chosen) throw new Error('no version');
    const resolution = await resolveConflictWith(
      'measures',
      measure.id,
      contentOf(chosen),
    );
    await sync(database, office.id);
    const after = await serverDoc(
      couch.url,
      database,
      `measures:${measure.id}`,
    );
    expect(after._rev).toBe(resolution.rev);
    expect(after._conflicts).toBeUndefined();
    expect(await listConflicts()).toEqual([]);
  });

  it('resumes a pull stopped midway: nothing lost, nothing twice', async () => {
    const database = await newDatabase(couch.url);
    const { office } = await officeWithWork();
    for (let i = 0; i < 11; i++)
      await createMeasure(
        office.id,
        2568,
        makeMeasureInput({ title: `ม${i}` }),
      );
    await sync(database, office.id);
    const here = await tables();

    await resetDb();
    let changes = 0;
    const failing: Fetch = (input, init) => {
      if (String(input).includes('_changes') && ++changes > 2)
        return Promise.reject(new TypeError('network down'));
      return fetch(input, init);
    };
    await expect(
      syncDatabase(
        {
          client: testClient(couch.url, { fetch: failing }),
          database,
        },
        { batch: 5 },
      ),
    ).rejects.toMatchObject({ kind: 'offline' });
    // Two batches of five stored whole, of the 14 documents.
    const stored =
      (await db.offices.count()) +
      (await db.measures.count()) +
      (await db.updateGroups.count());
    expect(stored).toBe(10);
    const again = await syncDatabase(
      { client: testClient(couch.url), database },
      { batch: 5 },
    );
    expect(again.restarted).toBe(false);
    expect(again.pulled).toBe(4);
    expect(await tables()).toEqual(here);
    const journalled = (await db.journal.toArray()).flatMap((r) => r.ids);
    expect(journalled).toHaveLength(new Set(journalled).size);
  });

  it('reports a document that fails the record checks by id and reason, and applies the rest', async () => {
    const database = await newDatabase(couch.url);
    const { office, measure } = await officeWithWork();
    const bad = {
      ...toCouchDoc('measures', editTitle(measure, 'x')),
      _id: 'measures:bad',
      title: 42,
    };
    const stranger = {
      _id: 'notes:1',
      _rev: '1-abc',
      _revisions: { start: 1, ids: ['abc'] },
    };
    await putDocs(couch.url, database, [bad, stranger]);
    await sync(database, office.id);
    await resetDb();
    const outcome = await sync(database);
    expect(outcome.refused).toEqual(
      expect.arrayContaining([
        { id: 'measures:bad', reason: 'wrongType', field: 'title' },
        { id: 'notes:1', reason: 'notARecord' },
      ]),
    );
    expect(await db.measures.count()).toBe(1);
    expect(await db.offices.count()).toBe(1);
  });

  it('stops on an answer that is not CouchDB’s, with nothing written', async () => {
    const database = await newDatabase(couch.url);
    await officeWithWork();
    const before = await tables();
    const garbage: Fetch = (input, init) =>
      String(input).includes('_changes')
        ? Promise.resolve(new Response('<html>Login to Wi-Fi</html>'))
        : fetch(input, init);
    await expect(sync(database, undefined, garbage)).rejects.toMatchObject({
      kind: 'garbage',
    });
    const shaped: Fetch = (input, init) =>
      String(input).includes('_changes')
        ? Promise.resolve(Response.json({ results: 'none' }))
        : fetch(input, init);
    await expect(sync(database, undefined, shaped)).rejects.toBeInstanceOf(
      SyncError,
    );
    expect(await tables()).toEqual(before);
  });

  it('starts over safely when the server no longer has the history the checkpoint points at', async () => {
    const database = await newDatabase(couch.url);
    const { office } = await officeWithWork();
    await sync(database, office.id);
    // The database is made anew (restored from an old backup, say).
    await fetch(`${couch.url}/${database}`, { method: 'DELETE' });
    await newDatabase(couch.url, database);
    const outcome = await sync(database, office.id);
    expect(outcome.restarted).toBe(true);
    expect(outcome.pushed).toBe(3);
    const here = await tables();
    await resetDb();
    await sync(database);
    expect(await tables()).toEqual(here);
  });

  it('writes nothing of a batch when the disk is full, and says so', async () => {
    const database = await newDatabase(couch.url);
    const { office } = await officeWithWork();
    await sync(database, office.id);
    await resetDb();
    const refuse = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    db.updateGroups.hook('creating', refuse);
    try {
      await expect(sync(database)).rejects.toMatchObject({ kind: 'quota' });
    } finally {
      db.updateGroups.hook('creating').unsubscribe(refuse);
    }
    expect(await db.offices.count()).toBe(0);
    expect(await db.journal.count()).toBe(0);
    const [checkpoint] = await db.syncCheckpoints.toArray();
    expect(checkpoint?.pulled).toBe(0);
  });

  it('keeps the changes pending when the server refuses the push (401, 403)', async () => {
    const database = await newDatabase(couch.url);
    const { office } = await officeWithWork();
    for (const status of [401, 403]) {
      const refusing: Fetch = (input, init) =>
        String(input).includes('_bulk_docs')
          ? Promise.resolve(Response.json({ error: 'no' }, { status }))
          : fetch(input, init);
      await expect(sync(database, office.id, refusing)).rejects.toMatchObject({
        kind: status === 401 ? 'unauthorized' : 'forbidden',
      });
      const [checkpoint] = await db.syncCheckpoints.toArray();
      expect(await pendingCount(checkpoint?.pushed ?? 0)).toBe(3);
    }
    await sync(database, office.id);
    const [checkpoint] = await db.syncCheckpoints.toArray();
    expect(await pendingCount(checkpoint?.pushed ?? 0)).toBe(0);
  });

  it('pushes, on a first sync, the records stored before the journal began', async () => {
    const database = await newDatabase(couch.url);
    const { office } = await officeWithWork();
    // As a database upgraded from before schema v6: records, no journal.
    await db.journal.clear();
    const outcome = await sync(database, office.id);
    expect(outcome.pushed).toBe(3);
  });
});
