// CouchDB's own security as scripts/couch-setup.mjs sets it, against the
// test server: who may read, who may write, and what the app makes of a
// refusal (the changes stay pending).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { db } from '@/db/app-db';
import { createMeasure } from '@/db/measures';
import { createOffice } from '@/db/offices';
import {
  cookieFetch,
  startTestCouch,
  testClient,
  type TestCouch,
} from '@/testing/couch';
import { makeMeasureInput, makeOfficeFields } from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { officeDatabase, setupCouch } from '../../scripts/couch-setup.mjs';
import { SyncError } from './couch-client';
import { pendingCount } from './push';
import { syncDatabase } from './replicate';
import { currentUser, login } from './session';

let couch: TestCouch;
let officeId = '';
let otherId = '';

beforeAll(async () => {
  couch = await startTestCouch();
}, 30_000);
afterAll(() => couch.stop());

beforeEach(async () => {
  await resetDb();
  officeId = (await createOffice(makeOfficeFields())).id;
  otherId = crypto.randomUUID();
  await setupCouch(
    couch.url,
    { name: 'admin', password: 'admin-pw' },
    {
      offices: [{ id: officeId, readers: ['ita-province'] }, { id: otherId }],
      users: [
        {
          name: 'staff',
          password: 'staff-pw',
          roles: [`ita-staff-${officeId}`],
        },
        { name: 'province', password: 'prov-pw', roles: ['ita-province'] },
      ],
    },
    { makeAdmin: true },
  );
});

async function loggedIn(name: string, password: string) {
  const client = testClient(couch.url, { fetch: cookieFetch() });
  await login(client, name, password);
  return client;
}

const pending = async () =>
  pendingCount((await db.syncCheckpoints.toArray())[0]?.pushed ?? 0);

describe("an office's database on a server set up by couch-setup", () => {
  it('lets its staff push and pull through a _session cookie', async () => {
    await createMeasure(officeId, 2568, makeMeasureInput());
    const client = await loggedIn('staff', 'staff-pw');
    expect((await currentUser(client)).name).toBe('staff');
    const outcome = await syncDatabase({
      client,
      database: officeDatabase(officeId),
      pushOffice: officeId,
    });
    expect(outcome.pushed).toBe(2);
    expect(await pending()).toBe(0);
  });

  it('refuses a wrong password with 401', async () => {
    await expect(loggedIn('staff', 'wrong')).rejects.toMatchObject({
      kind: 'unauthorized',
    });
  });

  it('refuses a sync without login, and the changes stay pending', async () => {
    await expect(
      syncDatabase({
        client: testClient(couch.url),
        database: officeDatabase(officeId),
        pushOffice: officeId,
      }),
    ).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(await pendingCount(0)).toBe(1);
  });

  it("lets a consolidator read but not write the office's data: 403, pending kept", async () => {
    const staff = await loggedIn('staff', 'staff-pw');
    const database = officeDatabase(officeId);
    await syncDatabase({ client: staff, database, pushOffice: officeId });
    await resetDb();
    const province = await loggedIn('province', 'prov-pw');
    const pulled = await syncDatabase({ client: province, database });
    expect(pulled.pulled).toBe(1);
    await createMeasure(
      officeId,
      2568,
      makeMeasureInput({ title: 'ของจังหวัด' }),
    );
    const refused = syncDatabase({
      client: province,
      database,
      pushOffice: officeId,
    });
    await expect(refused).rejects.toBeInstanceOf(SyncError);
    await expect(refused).rejects.toMatchObject({ kind: 'forbidden' });
    expect(await pending()).toBe(1);
  });

  it("refuses the staff's documents of another office (validate_doc_update)", async () => {
    const staff = await loggedIn('staff', 'staff-pw');
    // The staff's own database, and documents of the other office in it.
    const answer = await staff.request(
      (await import('./protocol')).bulkDocsAnswer,
      'POST',
      `${officeDatabase(officeId)}/_bulk_docs`,
      {
        new_edits: false,
        docs: [
          {
            _id: 'measures:x',
            _rev: '1-00000000000000000000000000000000',
            _revisions: { start: 1, ids: ['00000000000000000000000000000000'] },
            officeId: otherId,
          },
        ],
      },
    );
    expect(answer[0]).toMatchObject({ id: 'measures:x', error: 'forbidden' });
    // And the other office's database is not theirs to read.
    await expect(
      syncDatabase({ client: staff, database: officeDatabase(otherId) }),
    ).rejects.toMatchObject({
      kind: expect.stringMatching(/unauthorized|forbidden/),
    });
  });
});
