import { beforeEach, describe, expect, it } from 'vitest';

import { reviseRecord } from '@/domain/revision';
import { makeUpdate } from '@/testing/records';
import { resetDb } from '@/testing/reset-db';

import { db } from './app-db';
import { loadLeaves } from './exchange/stored-leaves';
import {
  allStoredUpdates,
  putUpdates,
  storedUpdatesOf,
  storedUpdatesOfMeasures,
  storedUpdatesOfOffice,
} from './update-groups';

const ids = (updates: { id: string }[]) => updates.map((u) => u.id);

describe('updates stored a row per measure', () => {
  beforeEach(resetDb);

  it('puts each update into the row of its measure', async () => {
    await putUpdates([
      makeUpdate('u1', 'm1', 'o1'),
      makeUpdate('u2', 'm2', 'o2'),
      makeUpdate('u3', 'm1', 'o1'),
    ]);
    expect(await db.updateGroups.count()).toBe(2);
    expect(ids(await storedUpdatesOf('m1'))).toEqual(['u1', 'u3']);
    expect(ids(await storedUpdatesOfOffice('o2'))).toEqual(['u2']);
    expect(
      (await storedUpdatesOfMeasures(['m2', 'none', 'm1'])).map(ids),
    ).toEqual([['u2'], [], ['u1', 'u3']]);
    expect(ids(await allStoredUpdates()).sort()).toEqual(['u1', 'u2', 'u3']);
  });

  it('replaces a stored version by id and keeps the others of the row', async () => {
    const first = makeUpdate('u1', 'm1');
    await putUpdates([first, makeUpdate('u2', 'm1')]);
    const revised = reviseRecord(first, { percent: 90 }, '2025-02-01T00:00Z');
    await putUpdates([revised]);
    const stored = await storedUpdatesOf('m1');
    expect(ids(stored)).toEqual(['u1', 'u2']);
    expect(stored[0]).toEqual(revised);
  });

  it('finds an update asked for without its measure in every row', async () => {
    await putUpdates([makeUpdate('u1', 'm1'), makeUpdate('u2', 'm2')]);
    const byMeasure = await loadLeaves('updates', [
      { id: 'u2', measureId: 'm2' },
    ]);
    const byIdOnly = await loadLeaves('updates', [{ id: 'u2' }]);
    expect([...byIdOnly.keys()]).toEqual(['u2']);
    expect(byIdOnly.get('u2')).toEqual(byMeasure.get('u2'));
  });
});
