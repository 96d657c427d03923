import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';

import type { Content } from '@/domain/revision';
import type { Office } from '@/domain/types';
import { makeOffice } from '@/testing/records';
import { resetDb } from '@/testing/reset-db';

import { db } from '../app-db';
import { insertRecord } from '../records';
import { NestedChangeError } from './change';
import { readChanges } from './journal';
import { writeChange } from './write-change-on-demand';

const contentOf = (office: Office): Content<Office> => {
  const {
    id: _i,
    rev: _r,
    revs: _s,
    createdAt: _c,
    updatedAt: _u,
    ...content
  } = office;
  return content;
};

describe('writeChange loaded with the first change', () => {
  beforeEach(resetDb);

  it('is the one write path: stored and journalled', async () => {
    const office = await writeChange({ cause: 'edit' }, (change) =>
      insertRecord(change, 'offices', contentOf(makeOffice())),
    );
    expect(await db.offices.get(office.id)).toEqual(office);
    const { entries } = await readChanges(0);
    expect(entries.map((e) => e.id)).toEqual([office.id]);
  });

  it('cannot run inside another transaction, checked before it loads', async () => {
    await expect(
      db.transaction('rw', db.settings, () =>
        writeChange({ cause: 'edit' }, async () => undefined),
      ),
    ).rejects.toBeInstanceOf(NestedChangeError);
    expect(Dexie.currentTransaction).toBeNull();
  });
});
