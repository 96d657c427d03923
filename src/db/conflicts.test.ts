import { beforeEach, describe, expect, it } from 'vitest';

import { toLeaves } from '@/bundle/merge';
import { reviseRecord } from '@/domain/revision';
import {
  makeMeasureInput,
  makeOfficeFields,
  makeUpdateInput,
} from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { db } from './app-db';
import { getConflict, listConflicts, resolveConflictWith } from './conflicts';
import { conflictsByMeasure } from './measure-conflicts';
import { createMeasure } from './measures';
import { createOffice } from './offices';
import { storedUpdatesOf } from './update-groups';
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

  it('resolves with the chosen content as a revision of every side', async () => {
    const { winner, loser } = await conflicted();
    const { id, rev, revs, createdAt, updatedAt, deleted, ...content } = loser;
    void [id, rev, revs, createdAt, updatedAt, deleted];
    const resolved = await resolveConflictWith('measures', winner.id, content);
    expect(resolved.title).toBe(loser.title);
    expect(resolved.title).not.toBe(winner.title);
    expect(resolved.revs).toEqual(
      expect.arrayContaining([winner.rev, loser.rev]),
    );
    expect(await db.conflicts.count()).toBe(0);
    expect(await getConflict('measures', winner.id)).toBeNull();
    expect((await db.measures.get(winner.id))?.rev).toBe(resolved.rev);
  });

  it('resolved as a deletion, a measure takes its progress updates along', async () => {
    const { winner } = await conflicted();
    const update = await createUpdate(winner.id, makeUpdateInput());
    const { id, rev, revs, createdAt, updatedAt, deleted, ...content } = winner;
    void [id, rev, revs, createdAt, updatedAt, deleted];
    await resolveConflictWith('measures', winner.id, content, {
      deleted: true,
    });
    expect((await db.measures.get(winner.id))?.deleted).toBe(true);
    expect(
      (await storedUpdatesOf(winner.id)).find((u) => u.id === update.id)
        ?.deleted,
    ).toBe(true);
  });
});
