import { beforeEach, describe, expect, it } from 'vitest';

import {
  makeMeasureInput,
  makeOfficeFields,
  makeUpdateInput,
} from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { db } from './app-db';
import { createMeasure, deleteMeasure } from './measures';
import { createOffice } from './offices';
import {
  createUpdate,
  deleteUpdate,
  listUpdates,
  restoreUpdate,
  updateUpdate,
} from './updates';

describe('progress updates', () => {
  beforeEach(resetDb);

  async function measureId() {
    const office = await createOffice(makeOfficeFields());
    return (await createMeasure(office.id, 2568, makeMeasureInput())).id;
  }

  it('lists a measure updates by date, oldest first', async () => {
    const id = await measureId();
    await createUpdate(
      id,
      makeUpdateInput({ date: '2025-03-01', result: 'สอง' }),
    );
    await createUpdate(
      id,
      makeUpdateInput({ date: '2024-11-01', result: 'หนึ่ง' }),
    );
    expect((await listUpdates(id)).map((u) => u.result)).toEqual([
      'หนึ่ง',
      'สอง',
    ]);
  });

  it('takes the office from the measure', async () => {
    const office = await createOffice(makeOfficeFields());
    const measure = await createMeasure(office.id, 2568, makeMeasureInput());
    const update = await createUpdate(measure.id, makeUpdateInput());
    expect(update.officeId).toBe(office.id);
  });

  it('edits and deletes', async () => {
    const id = await measureId();
    const update = await createUpdate(id, makeUpdateInput());
    await updateUpdate(update, makeUpdateInput({ percent: 80 }));
    expect((await listUpdates(id))[0]?.percent).toBe(80);
    await deleteUpdate(update);
    expect(await listUpdates(id)).toEqual([]);
  });

  it('refuses an update for a measure that does not exist', async () => {
    await expect(createUpdate('nope', makeUpdateInput())).rejects.toThrow();
  });

  it('undoes a delete as a new revision of the tombstone, summary and all', async () => {
    const id = await measureId();
    const update = await createUpdate(
      id,
      makeUpdateInput({ status: 'completed', percent: 100 }),
    );
    const summary = await db.summaries.get(id);
    const tombstone = await deleteUpdate(update);
    expect(tombstone?.deleted).toBe(true);
    expect((await db.summaries.get(id))?.latest).toBeNull();

    expect(await restoreUpdate(tombstone!)).toBe(true);
    const [restored] = await listUpdates(id);
    expect({ ...restored, rev: '', revs: [], updatedAt: '' }).toEqual({
      ...update,
      rev: '',
      revs: [],
      updatedAt: '',
    });
    expect(restored?.revs.slice(0, 2)).toEqual([tombstone!.rev, update.rev]);
    expect(await db.summaries.get(id)).toEqual(summary);
    // A second undo finds the restored version, not the tombstone.
    expect(await restoreUpdate(tombstone!)).toBe(false);
    expect(await listUpdates(id)).toHaveLength(1);
  });

  it('does not bring an update back to a measure deleted since', async () => {
    const id = await measureId();
    const update = await createUpdate(id, makeUpdateInput());
    const tombstone = await deleteUpdate(update);
    await deleteMeasure(id);
    expect(await restoreUpdate(tombstone!)).toBe(false);
    expect(await listUpdates(id)).toEqual([]);
  });
});
