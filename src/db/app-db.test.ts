import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';

import { resetDb } from '@/testing/reset-db';

import { AppDB, db } from './app-db';

describe('AppDB', () => {
  beforeEach(resetDb);

  it('opens at the latest schema version with every table', () => {
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'conflicts',
      'drafts',
      'imports',
      'measures',
      'offices',
      'settings',
      'summaries',
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

  it('upgrades a version-1 database and keeps its data', async () => {
    const name = 'ita-tracker-v1';
    const v1 = new Dexie(name);
    v1.version(1).stores({
      offices: 'id',
      measures: 'id, [officeId+fiscalYear]',
      updates: 'id, measureId, officeId',
      settings: 'key',
      drafts: 'key',
    });
    await v1.open();
    await v1.table('settings').put({ key: 'officeId', value: 'office-1' });
    await v1
      .table('measures')
      .put({ id: 'm1', officeId: 'office-1', fiscalYear: 2568 });
    await v1.table('updates').put({
      id: 'u1',
      measureId: 'm1',
      officeId: 'office-1',
      date: '2025-01-10',
      round: 'six-month',
      status: 'in-progress',
      percent: 40,
    });
    v1.close();

    const upgraded = new AppDB(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(3);
    expect(await upgraded.settings.get('officeId')).toEqual({
      key: 'officeId',
      value: 'office-1',
    });
    expect(
      await upgraded.measures
        .where('[officeId+fiscalYear]')
        .equals(['office-1', 2568])
        .count(),
    ).toBe(1);
    expect(await upgraded.conflicts.count()).toBe(0);
    // v3 built the summaries from the updates already there.
    expect(await upgraded.summaries.get('m1')).toMatchObject({
      officeId: 'office-1',
      fiscalYear: 2568,
      updateCount: 1,
      latest: { date: '2025-01-10', status: 'in-progress', percent: 40 },
      rounds: ['six-month'],
    });
    upgraded.close();
    await Dexie.delete(name);
  });
});
