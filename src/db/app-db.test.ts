import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';

import { openAtVersion } from '@/testing/old-schemas';
import { resetDb } from '@/testing/reset-db';

import { AppDB, db } from './app-db';

describe('AppDB', () => {
  beforeEach(resetDb);

  it('opens at the latest schema version with every table', () => {
    expect(db.verno).toBe(12);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'approvals',
      'conflicts',
      'deadlines',
      'deviceKeys',
      'drafts',
      'expectedOffices',
      'history',
      'imports',
      'journal',
      'measures',
      'offices',
      'oitItems',
      'roundReports',
      'settings',
      'summaries',
      'syncCheckpoints',
      'trustedKeys',
      'updateGroups',
    ]);
  });

  it('indexes round deadlines by fiscal year (v8)', () => {
    expect(db.deadlines.schema.primKey.name).toBe('id');
    expect(db.deadlines.schema.indexes.map((i) => i.name)).toEqual([
      'fiscalYear',
    ]);
  });

  it("indexes a round's report texts and approvals by office and fiscal year (v9)", () => {
    for (const table of [db.roundReports, db.approvals]) {
      expect(table.schema.primKey.name).toBe('id');
      expect(table.schema.indexes.map((i) => i.name)).toEqual([
        '[officeId+fiscalYear]',
      ]);
    }
  });

  it('indexes OIT items by office and fiscal year (v10)', () => {
    expect(db.oitItems.schema.primKey.name).toBe('id');
    expect(db.oitItems.schema.indexes.map((i) => i.name)).toEqual([
      '[officeId+fiscalYear]',
    ]);
  });

  it('indexes measures by office and fiscal year, update rows by office', () => {
    expect(db.measures.schema.indexes.map((i) => i.name)).toEqual([
      '[officeId+fiscalYear]',
    ]);
    expect(db.updateGroups.schema.primKey.name).toBe('measureId');
    expect(db.updateGroups.schema.indexes.map((i) => i.name)).toEqual([
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
    const v1 = await openAtVersion(name, 1);
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
    expect(upgraded.verno).toBe(12);
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
    // v3 built the summaries from the updates already there (and v5 again:
    // 10 January counts for the whole year's round too).
    expect(await upgraded.summaries.get('m1')).toMatchObject({
      officeId: 'office-1',
      fiscalYear: 2568,
      updateCount: 1,
      latest: { date: '2025-01-10', status: 'in-progress', percent: 40 },
      rounds: ['annual', 'six-month'],
    });
    // v4 moved the updates into one row per measure, and dropped the table.
    expect(await upgraded.updateGroups.toArray()).toEqual([
      {
        measureId: 'm1',
        officeId: 'office-1',
        updates: [expect.objectContaining({ id: 'u1', percent: 40 })],
      },
    ]);
    expect(upgraded.tables.map((t) => t.name)).not.toContain('updates');
    upgraded.close();
    await Dexie.delete(name);
  });

  it('upgrades a version-3 database: the updates of a measure in one row', async () => {
    const name = 'ita-tracker-v3';
    const v3 = await openAtVersion(name, 3);
    const update = (id: string, measureId: string, officeId: string) => ({
      id,
      measureId,
      officeId,
      date: '2025-01-10',
      deleted: id === 'u2',
    });
    await v3
      .table('updates')
      .bulkPut([
        update('u1', 'm1', 'o1'),
        update('u2', 'm1', 'o1'),
        update('u3', 'm2', 'o2'),
      ]);
    v3.close();

    const upgraded = new AppDB(name);
    await upgraded.open();
    const rows = await upgraded.updateGroups.orderBy('measureId').toArray();
    expect(rows.map((r) => [r.measureId, r.officeId])).toEqual([
      ['m1', 'o1'],
      ['m2', 'o2'],
    ]);
    // Tombstones move too: they are what carries a deletion to others.
    expect(rows[0]?.updates.map((u) => [u.id, u.deleted])).toEqual([
      ['u1', false],
      ['u2', true],
    ]);
    expect(
      await upgraded.updateGroups.where('officeId').equals('o2').count(),
    ).toBe(1);
    upgraded.close();
    await Dexie.delete(name);
  });

  it('upgrades a version-4 database: summaries count rounds by the one rule', async () => {
    const name = 'ita-tracker-v4';
    const v4 = await openAtVersion(name, 4);
    const measure = (id: string) => ({ id, officeId: 'o1', fiscalYear: 2568 });
    await v4
      .table('measures')
      .bulkPut([
        measure('m1'),
        measure('m2'),
        { ...measure('m3'), deleted: true },
      ]);
    const update = (
      id: string,
      measureId: string,
      date: string,
      round: string,
    ) => ({
      id,
      measureId,
      officeId: 'o1',
      date,
      round,
      status: 'completed',
      percent: 100,
      updatedAt: `${date}T00:00:00.000Z`,
    });
    await v4.table('updateGroups').bulkPut([
      // Finished on 1 December, proposed for the 6-month round.
      {
        measureId: 'm1',
        officeId: 'o1',
        updates: [update('u1', 'm1', '2024-12-01', 'six-month')],
      },
      // An annual report handed in late, in October.
      {
        measureId: 'm2',
        officeId: 'o1',
        updates: [update('u2', 'm2', '2025-10-05', 'annual')],
      },
      {
        measureId: 'm3',
        officeId: 'o1',
        updates: [update('u3', 'm3', '2024-12-01', 'six-month')],
      },
    ]);
    // The summaries as v4 kept them: the rounds the updates' field named.
    const old = (measureId: string, date: string, rounds: string[]) => ({
      measureId,
      officeId: 'o1',
      fiscalYear: 2568,
      latest: { date, status: 'completed', percent: 100 },
      updateCount: 1,
      rounds,
    });
    await v4
      .table('summaries')
      .bulkPut([
        old('m1', '2024-12-01', ['six-month']),
        old('m2', '2025-10-05', ['annual']),
      ]);
    v4.close();

    const upgraded = new AppDB(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(12);
    const summaries = await upgraded.summaries.orderBy('measureId').toArray();
    expect(summaries.map((s) => [s.measureId, s.rounds])).toEqual([
      ['m1', ['annual', 'six-month']],
      ['m2', ['annual']],
    ]);
    expect(summaries[0]).toMatchObject({
      officeId: 'o1',
      fiscalYear: 2568,
      updateCount: 1,
      latest: { date: '2024-12-01', status: 'completed', percent: 100 },
    });
    upgraded.close();
    await Dexie.delete(name);
  });

  it('upgrades a version-8 database (deadlines, expected offices) to v9: its data kept, the two tables added', async () => {
    const name = 'ita-tracker-v8';
    const v8 = await openAtVersion(name, 8);
    const deadline = {
      id: 'deadline-2568-six-month',
      fiscalYear: 2568,
      round: 'six-month',
      due: '2025-04-15',
    };
    const expected = { id: 'e1', name: 'อบต.หนึ่ง', officeId: 'o1' };
    await v8.table('deadlines').put(deadline);
    await v8.table('expectedOffices').put(expected);
    v8.close();

    const upgraded = new AppDB(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(12);
    expect(await upgraded.deadlines.toArray()).toEqual([deadline]);
    expect(
      await upgraded.expectedOffices.where('officeId').equals('o1').toArray(),
    ).toEqual([expected]);
    expect(await upgraded.roundReports.count()).toBe(0);
    expect(
      await upgraded.approvals
        .where('[officeId+fiscalYear]')
        .equals(['o1', 2568])
        .count(),
    ).toBe(0);
    upgraded.close();
    await Dexie.delete(name);
  });

  it('upgrades a version-9 database (report texts, approvals) to v12: its data kept, the OIT items (v10), sync checkpoints (v11) and key tables (v12) added', async () => {
    const name = 'ita-tracker-v9';
    const v9 = await openAtVersion(name, 9);
    const report = {
      id: 'o1:2568:six-month',
      officeId: 'o1',
      fiscalYear: 2568,
      round: 'six-month',
      cells: [],
    };
    await v9.table('roundReports').put(report);
    v9.close();

    const upgraded = new AppDB(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(12);
    expect(await upgraded.roundReports.toArray()).toEqual([report]);
    expect(
      await upgraded.oitItems
        .where('[officeId+fiscalYear]')
        .equals(['o1', 2568])
        .count(),
    ).toBe(0);
    expect(upgraded.syncCheckpoints.schema.primKey.name).toBe('id');
    expect(await upgraded.syncCheckpoints.count()).toBe(0);
    expect(await upgraded.deviceKeys.count()).toBe(0);
    expect(
      await upgraded.trustedKeys.where('officeId').equals('o1').count(),
    ).toBe(0);
    upgraded.close();
    await Dexie.delete(name);
  });
});
