import { beforeEach, describe, expect, it } from 'vitest';

import { exportedText, wholeFiles } from '@/testing/bundle-files';
import {
  makeMeasureInput,
  makeOfficeFields,
  makeUpdateInput,
} from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';
import { summariesStoredAndFromScratch } from '@/testing/summaries';

import { db } from './app-db';
import { applyImport } from './exchange/import-bundles';
import { loadExample } from './load-example';
import { createMeasure, deleteMeasure } from './measures';
import { createOffice } from './offices';
import { createUpdate, deleteUpdate, updateUpdate } from './updates';

/** The invariant: every stored summary equals one computed from scratch. */
async function expectSummariesCurrent() {
  const { measures, stored, expected } = await summariesStoredAndFromScratch();
  const withUpdates = (list: typeof stored) =>
    list.filter((s) => s.updateCount > 0);
  expect(withUpdates(stored)).toEqual(withUpdates(expected));
  const live = new Set(measures.filter((m) => !m.deleted).map((m) => m.id));
  expect(stored.every((s) => live.has(s.measureId))).toBe(true);
}

describe('measure summaries stay current', () => {
  beforeEach(resetDb);

  it('through creating, editing and deleting updates and measures', async () => {
    const office = await createOffice(makeOfficeFields());
    const a = await createMeasure(office.id, 2568, makeMeasureInput());
    const b = await createMeasure(office.id, 2568, makeMeasureInput());
    const u1 = await createUpdate(
      a.id,
      makeUpdateInput({ date: '2024-11-01' }),
    );
    await createUpdate(
      a.id,
      makeUpdateInput({
        date: '2025-05-01',
        round: 'annual',
        status: 'completed',
        percent: 100,
      }),
    );
    await createUpdate(b.id, makeUpdateInput());
    await expectSummariesCurrent();
    await updateUpdate(
      u1,
      makeUpdateInput({ date: '2025-08-01', percent: 90 }),
    );
    await expectSummariesCurrent();
    expect((await db.summaries.get(a.id))?.latest?.date).toBe('2025-08-01');
    await deleteUpdate(u1);
    await expectSummariesCurrent();
    await deleteMeasure(b.id);
    await expectSummariesCurrent();
    expect(await db.summaries.get(b.id)).toBeUndefined();
  });

  it('through loading the example and importing a bundle', async () => {
    await loadExample();
    await expectSummariesCurrent();
    expect(await db.summaries.count()).toBe(11);
    const text = await exportedText();
    await resetDb();
    await applyImport(wholeFiles([text]));
    await expectSummariesCurrent();
    expect(await db.summaries.count()).toBe(11);
  });
});
