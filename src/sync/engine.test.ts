// When syncs run by themselves: every few minutes after one that ended
// well, later and later after failures, not while offline.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';

import { createOffice } from '@/db/offices';
import { setSetting } from '@/db/settings';
import { newDatabase, startTestCouch, type TestCouch } from '@/testing/couch';
import { makeOfficeFields } from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { createEngine, EVERY_MS } from './engine';
import { officeDatabase } from './protocol';

let couch: TestCouch;
beforeAll(async () => {
  couch = await startTestCouch();
}, 30_000);
afterAll(() => couch.stop());
beforeEach(resetDb);

it('syncs again after a few minutes, backs off after failures, and waits while offline', async () => {
  const office = await createOffice(makeOfficeFields());
  await newDatabase(couch.url, officeDatabase(office.id));
  await setSetting('sync', {
    server: couch.url,
    role: 'office',
    officeId: office.id,
    databases: [],
    user: 'staff',
  });
  let down = true;
  let online = true;
  const engine = createEngine({
    now: () => 0,
    online: () => online,
    minTimeout: 1,
    fetch: (input, init) =>
      down
        ? Promise.resolve(new Response('busy', { status: 503 }))
        : fetch(input, init),
  });
  await engine.syncNow();
  expect(engine.state).toMatchObject({
    phase: 'error',
    error: 'server',
    nextAt: 15_000,
  });
  await engine.syncNow();
  expect(engine.state.nextAt).toBe(30_000);
  down = false;
  await engine.syncNow();
  expect(engine.state).toMatchObject({ phase: 'idle', nextAt: EVERY_MS });
  online = false;
  await engine.syncNow();
  expect(engine.state).toMatchObject({ phase: 'error', error: 'offline' });
  engine.reset();
});
