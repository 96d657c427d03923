import { beforeEach, describe, expect, it } from 'vitest';

import { frameworkOf } from '@/domain/oit/framework';
import { exportedText, wholeFiles } from '@/testing/bundle-files';
import { makeOfficeFields } from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { db } from './app-db';
import { applyImport } from './exchange/import-bundles';
import { createOffice } from './offices';
import {
  createOitItem,
  deleteOitItem,
  DuplicateItemNumberError,
  ItemsExistError,
  listOitItems,
  startFromFramework,
  updateOitItem,
  type OitItemInput,
} from './oit-items';

const input = (number: string): OitItemInput => ({
  number,
  title: 'มาตรการส่งเสริมคุณธรรม',
  asks: '',
  documents: [{ kind: 'announcement', url: '' }],
  links: [],
  allMeasures: true,
  measureIds: [],
  withUpdates: false,
});

describe('OIT items', () => {
  beforeEach(resetDb);

  it('starts a year from the framework as data, in one change, journalled', async () => {
    const office = await createOffice(makeOfficeFields());
    const framework = frameworkOf(2568)!;
    const items = await startFromFramework(office.id, 2568, framework);
    expect(items.map((i) => i.number)).toEqual(
      framework.items.map((i) => i.number),
    );
    expect(await listOitItems(office.id, 2568)).toHaveLength(items.length);
    expect(await listOitItems(office.id, 2569)).toEqual([]);
    const journal = await db.journal.toArray();
    expect(journal.at(-1)?.kinds).toBe('i'.repeat(items.length));
    await expect(
      startFromFramework(office.id, 2568, framework),
    ).rejects.toBeInstanceOf(ItemsExistError);
  });

  it('refuses a number used twice in a year, however typed; another year may use it', async () => {
    const office = await createOffice(makeOfficeFields());
    await createOitItem(office.id, 2568, input('O36'));
    await expect(
      createOitItem(office.id, 2568, input(' o๓๖ ')),
    ).rejects.toBeInstanceOf(DuplicateItemNumberError);
    await createOitItem(office.id, 2569, input('O36'));
    expect(await db.oitItems.count()).toBe(2);
  });

  it('renumbers by an edit, refused onto a number taken; a deleted number is free again', async () => {
    const office = await createOffice(makeOfficeFields());
    const a = await createOitItem(office.id, 2568, input('O42'));
    const b = await createOitItem(office.id, 2568, input('O43'));
    const renumbered = await updateOitItem(a, input('O36'));
    expect(renumbered).toMatchObject({ id: a.id, number: 'O36' });
    expect(renumbered.rev.startsWith('2-')).toBe(true);
    await expect(updateOitItem(b, input('O36'))).rejects.toBeInstanceOf(
      DuplicateItemNumberError,
    );
    // Its own number again is no clash.
    await updateOitItem(b, { ...input('O43'), title: 'แก้ชื่อ' });
    await deleteOitItem(a.id);
    await updateOitItem(b, input('O36'));
    expect((await listOitItems(office.id, 2568)).map((i) => i.number)).toEqual([
      'O36',
    ]);
  });

  it("travel in the office's bundle and come back whole", async () => {
    const office = await createOffice(makeOfficeFields());
    const item = await createOitItem(office.id, 2568, {
      ...input('O36'),
      links: ['https://www.khunkaew.go.th/ita/o36'],
    });
    const text = await exportedText({
      kind: 'office-year',
      officeId: office.id,
      fiscalYear: 2568,
    });
    expect(JSON.parse(text).oitItems).toEqual([item]);
    await resetDb();
    await applyImport(wholeFiles([text]));
    expect(await listOitItems(office.id, 2568)).toEqual([item]);
  });
});
