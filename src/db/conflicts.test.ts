import { beforeEach, describe, expect, it } from 'vitest';

import { toLeaves } from '@/bundle/merge';
import { deleteRecord, isRevChain, reviseRecord } from '@/domain/revision';
import {
  makeMeasureInput,
  makeOfficeFields,
  makeUpdateInput,
} from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { db } from './app-db';
import { getConflict, listConflicts, resolveConflictWith } from './conflicts';
import { conflictsByMeasure, openConflictCount } from './measure-conflicts';
import { createMeasure } from './measures';
import { createOffice } from './offices';
import { officesOverview } from './overview';
import { createUpdate } from './updates';

async function conflicted() {
  const office = await createOffice(makeOfficeFields());
  const base = await createMeasure(
    office.id,
    2568,
    makeMeasureInput({ title: 'เดิม' }),
  );
  const a = reviseRecord(base, { title: 'ก' }, '2025-02-01T00:00:00.000Z');
  const b = reviseRecord(base, { title: 'ข' }, '2025-02-01T00:00:00.000Z');
  const { winner, losers } = toLeaves([a, b]);
  await db.measures.put(winner);
  await db.conflicts.bulkPut(
    losers.map((record) => ({
      kind: 'measures' as const,
      recordId: record.id,
      rev: record.rev,
      record,
    })),
  );
  return { office, winner, loser: losers[0]! };
}

describe('conflicts', () => {
  beforeEach(resetDb);

  it('lists a record with its versions, the shown one first', async () => {
    const { office, winner, loser } = await conflicted();
    const [open] = await listConflicts();
    expect(open).toMatchObject({
      kind: 'measures',
      recordId: winner.id,
      officeId: office.id,
    });
    expect(open?.versions.map((v) => v.rev)).toEqual([winner.rev, loser.rev]);
    expect(await listConflicts('another-office')).toEqual([]);
  });

  it("tells which measures have a version in conflict, their own or an update's", async () => {
    const { office, winner } = await conflicted();
    expect(await conflictsByMeasure()).toEqual(
      new Map([[winner.id, { kind: 'measures', recordId: winner.id }]]),
    );
    const other = await createMeasure(office.id, 2568, makeMeasureInput());
    const update = await createUpdate(other.id, makeUpdateInput());
    const apart = reviseRecord(update, { percent: 5 }, update.updatedAt);
    await db.conflicts.put({
      kind: 'updates',
      recordId: update.id,
      rev: apart.rev,
      record: apart,
    });
    expect((await conflictsByMeasure()).get(other.id)).toEqual({
      kind: 'updates',
      recordId: update.id,
    });
  });

  it('resolves as CouchDB does: the chosen content a child of the shown version, the other a tombstone', async () => {
    const { winner, loser } = await conflicted();
    const { id, rev, revs, createdAt, updatedAt, deleted, ...content } = loser;
    void [id, rev, revs, createdAt, updatedAt, deleted];
    const resolved = await resolveConflictWith('measures', winner.id, content);
    expect(resolved.title).toBe(loser.title);
    expect(resolved.title).not.toBe(winner.title);
    // One chain: the shown version is its parent, and nothing else.
    expect(resolved.revs).toEqual([winner.rev, ...winner.revs]);
    expect(isRevChain(resolved.rev, resolved.revs)).toBe(true);
    expect((await db.measures.get(winner.id))?.rev).toBe(resolved.rev);
    // The other side's tombstone is kept, and exported, but asks nothing.
    const rows = await db.conflicts.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.record).toMatchObject({
      deleted: true,
      revs: [loser.rev, ...loser.revs],
    });
    expect(await getConflict('measures', winner.id)).toBeNull();
    expect(await listConflicts()).toEqual([]);
    expect(await conflictsByMeasure()).toEqual(new Map());
    expect(await openConflictCount()).toBe(0);
  });

  it('counts and lists only live losing versions as open', async () => {
    const { office, winner, loser } = await conflicted();
    expect(await openConflictCount()).toBe(1);
    expect((await officesOverview())[0]?.conflicts).toBe(1);
    const tombstone = deleteRecord(loser, '2025-02-02T00:00:00.000Z');
    await db.conflicts.clear();
    await db.conflicts.put({
      kind: 'measures',
      recordId: winner.id,
      rev: tombstone.rev,
      record: tombstone,
    });
    expect(await openConflictCount()).toBe(0);
    expect(await listConflicts(office.id)).toEqual([]);
    expect(await getConflict('measures', winner.id)).toBeNull();
    expect(await conflictsByMeasure()).toEqual(new Map());
    expect((await officesOverview())[0]?.conflicts).toBe(0);
  });

  it('shows the other live versions of a record, not its deleted ones', async () => {
    const { winner, loser } = await conflicted();
    const third = deleteRecord(
      reviseRecord(loser, { title: 'ค' }, '2025-02-02T00:00:00.000Z'),
      '2025-02-03T00:00:00.000Z',
    );
    // An edit of the other side that was then deleted elsewhere: a third leaf.
    await db.conflicts.put({
      kind: 'measures',
      recordId: winner.id,
      rev: third.rev,
      record: third,
    });
    const open = await getConflict('measures', winner.id);
    expect(open?.versions.map((v) => v.rev)).toEqual([winner.rev, loser.rev]);
  });
});
