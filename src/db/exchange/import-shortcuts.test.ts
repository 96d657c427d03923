// The import's shortcuts for large bundles (issue 7) change how much is
// read, never what is stored: summaries of measures new to the database,
// one read of a whole table instead of one get per id.
import { beforeEach, describe, expect, it } from 'vitest';

import { exportedText, wholeFiles } from '@/testing/bundle-files';
import {
  makeMeasureInput,
  makeOfficeFields,
  makeUpdateInput,
} from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';
import { summariesStoredAndFromScratch } from '@/testing/summaries';

import { db } from '../app-db';
import { createMeasure } from '../measures';
import { createOffice } from '../offices';
import { createUpdate, deleteUpdate } from '../updates';
import { applyImport } from './import-bundles';
import { loadLeaves } from './stored-leaves';

const importText = async (text: string) => applyImport(wholeFiles([text]));

async function expectSummariesFromScratch() {
  const { stored, expected } = await summariesStoredAndFromScratch();
  expect(stored).toEqual(expected);
}

async function officeWithUpdates() {
  const office = await createOffice(makeOfficeFields());
  const a = await createMeasure(office.id, 2568, makeMeasureInput());
  const b = await createMeasure(office.id, 2568, makeMeasureInput());
  await createUpdate(a.id, makeUpdateInput({ date: '2024-11-01' }));
  const late = await createUpdate(
    a.id,
    makeUpdateInput({ date: '2025-06-01', round: 'annual' }),
  );
  return { office, a, b, late };
}

describe('import shortcuts', () => {
  beforeEach(resetDb);

  it('summarizes measures new to the database from what it writes', async () => {
    const { b } = await officeWithUpdates();
    await createUpdate(b.id, makeUpdateInput({ status: 'completed' }));
    const text = await exportedText();
    await resetDb();
    await importText(text);
    await expectSummariesFromScratch();
    expect(await db.summaries.count()).toBe(2);
  });

  it('refreshes measures already stored from the tables', async () => {
    const { a, late } = await officeWithUpdates();
    const first = await exportedText();
    await deleteUpdate(late);
    await createUpdate(a.id, makeUpdateInput({ date: '2025-07-01' }));
    const second = await exportedText();
    await resetDb();
    await importText(first);
    await importText(second);
    await expectSummariesFromScratch();
    expect((await db.summaries.get(a.id))?.updateCount).toBe(2);
  });

  it('reads the same leaves for a few ids as for most of a table', async () => {
    const office = await createOffice(makeOfficeFields());
    const measures = [];
    for (let i = 0; i < 10; i++)
      measures.push(await createMeasure(office.id, 2568, makeMeasureInput()));
    const ids = measures.map((m) => m.id);
    const asked = (list: string[]) => list.map((id) => ({ id }));
    const few = await loadLeaves('measures', asked([ids[0]!, 'missing']));
    const most = await loadLeaves('measures', asked([...ids, 'missing']));
    expect([...few.keys()]).toEqual([ids[0]]);
    expect(most.size).toBe(10);
    expect(most.get(ids[0]!)).toEqual(few.get(ids[0]!));
    expect(most.get(ids[9]!)?.winner).toEqual(measures[9]);
  });
});
