import { beforeEach, describe, expect, it } from 'vitest';

import { revGeneration } from '@/domain/revision';
import { makeOfficeFields } from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { db } from './app-db';
import { createOffice, listOffices, updateOffice } from './offices';
import { editRecord, RecordGoneError, removeRecord } from './records';
import { writeChange } from './write/write-change';

const remove = (id: string) =>
  writeChange({ cause: 'edit' }, (change) =>
    removeRecord(change, 'offices', { id }),
  );

describe('revisioned writes', () => {
  beforeEach(resetDb);

  it('creates a record at generation 1 with every revision field', async () => {
    const office = await createOffice(makeOfficeFields());
    expect(revGeneration(office.rev)).toBe(1);
    expect(office.revs).toEqual([]);
    expect(office.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(office.createdAt).toBe(office.updatedAt);
    expect(office.deleted).toBeUndefined();
    expect(await db.offices.get(office.id)).toEqual(office);
  });

  it('makes a new revision for each edit, descending from the last', async () => {
    const office = await createOffice(makeOfficeFields());
    const edited = await updateOffice(
      office.id,
      makeOfficeFields({ name: 'ใหม่' }),
    );
    expect(revGeneration(edited.rev)).toBe(2);
    expect(edited.revs).toEqual([office.rev]);
    expect(edited.createdAt).toBe(office.createdAt);
    expect((await db.offices.get(office.id))?.name).toBe('ใหม่');
  });

  it('makes no revision when nothing changed', async () => {
    const office = await createOffice(makeOfficeFields());
    const same = await updateOffice(office.id, makeOfficeFields());
    expect(same.rev).toBe(office.rev);
  });

  it('deletes as a tombstone that the lists hide', async () => {
    const office = await createOffice(makeOfficeFields());
    await remove(office.id);
    const stored = await db.offices.get(office.id);
    expect(stored?.deleted).toBe(true);
    expect(revGeneration(stored!.rev)).toBe(2);
    expect(await listOffices()).toEqual([]);
  });

  it('refuses to edit a deleted record', async () => {
    const office = await createOffice(makeOfficeFields());
    await remove(office.id);
    await expect(
      writeChange({ cause: 'edit' }, (change) =>
        editRecord(change, 'offices', office, { name: 'x' }),
      ),
    ).rejects.toBeInstanceOf(RecordGoneError);
  });
});
