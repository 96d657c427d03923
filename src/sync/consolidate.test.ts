// A consolidator pulls several offices' databases; the tables are those an
// import of the same offices' bundles gives.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';

import { db } from '@/db/app-db';
import { applyImport } from '@/db/exchange/import-bundles';
import { createMeasure, updateMeasure } from '@/db/measures';
import { createOffice } from '@/db/offices';
import { createUpdate } from '@/db/updates';
import { exportedText, wholeFiles } from '@/testing/bundle-files';
import { startTestCouch, testClient, type TestCouch } from '@/testing/couch';
import {
  makeMeasureInput,
  makeOfficeFields,
  makeUpdateInput,
} from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { officeDatabases, pullOffices } from './consolidate';
import { officeDatabase } from './protocol';
import { syncDatabase } from './replicate';

let couch: TestCouch;
beforeAll(async () => {
  couch = await startTestCouch();
}, 30_000);
afterAll(() => couch.stop());
beforeEach(resetDb);

async function records() {
  const conflicts = await db.conflicts.toArray();
  return {
    offices: await db.offices.orderBy('id').toArray(),
    measures: await db.measures.orderBy('id').toArray(),
    updateGroups: await db.updateGroups.orderBy('measureId').toArray(),
    summaries: await db.summaries.orderBy('measureId').toArray(),
    conflicts: conflicts.map(({ origins: _origins, ...row }) => row),
  };
}

/** An office's year on its own laptop: synced, and exported as a bundle. */
async function officeLaptop(name: string) {
  await resetDb();
  const office = await createOffice(makeOfficeFields({ name }));
  for (let i = 0; i < 3; i++) {
    const measure = await createMeasure(
      office.id,
      2568,
      makeMeasureInput({ title: `${name} ${i}` }),
    );
    await createUpdate(measure.id, makeUpdateInput({ percent: 10 * i }));
    if (i === 1)
      await updateMeasure(measure.id, makeMeasureInput({ title: 'แก้แล้ว' }));
  }
  const database = officeDatabase(office.id);
  await fetch(`${couch.url}/${database}`, { method: 'PUT' });
  await syncDatabase({
    client: testClient(couch.url),
    database,
    pushOffice: office.id,
  });
  return { database, bundle: await exportedText() };
}

it("pulls the offices' databases it is given into the tables their bundles' import makes", async () => {
  const one = await officeLaptop('เทศบาลหนึ่ง');
  const two = await officeLaptop('เทศบาลสอง');

  await resetDb();
  await applyImport(wholeFiles([one.bundle, two.bundle]));
  const imported = await records();

  await resetDb();
  const client = testClient(couch.url);
  const listed = await officeDatabases(client);
  expect(listed).toEqual(expect.arrayContaining([one.database, two.database]));
  const outcomes = await pullOffices(client, [one.database, two.database]);
  expect([...outcomes.values()].map((o) => o.pulled)).toEqual([7, 7]);
  expect(await records()).toEqual(imported);
});
