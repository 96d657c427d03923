import { beforeEach, describe, expect, it } from 'vitest';

import {
  makeMeasureInput,
  makeOfficeFields,
  makeUpdateInput,
} from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { createMeasure } from './measures';
import { createOffice } from './offices';
import {
  createUpdate,
  deleteUpdate,
  listUpdates,
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
});
