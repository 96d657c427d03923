import { beforeEach, describe, expect, it } from 'vitest';

import { resetDb } from '@/testing/reset-db';

import { AppDB, db } from './app-db';

describe('AppDB', () => {
  beforeEach(resetDb);

  it('opens at the latest schema version with every table', () => {
    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'drafts',
      'measures',
      'offices',
      'settings',
      'updates',
    ]);
  });

  it('indexes measures by office and fiscal year, updates by measure and office', () => {
    expect(db.measures.schema.indexes.map((i) => i.name)).toEqual([
      '[officeId+fiscalYear]',
    ]);
    expect(db.updates.schema.indexes.map((i) => i.name).sort()).toEqual([
      'measureId',
      'officeId',
    ]);
  });

  it('keeps the data of a database another instance wrote', async () => {
    await db.settings.put({ key: 'officeId', value: 'x' });
    db.close();
    const reopened = new AppDB();
    await reopened.open();
    expect(await reopened.settings.get('officeId')).toEqual({
      key: 'officeId',
      value: 'x',
    });
    reopened.close();
    await db.open();
  });
});
