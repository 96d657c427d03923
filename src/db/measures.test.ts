import { beforeEach, describe, expect, it } from 'vitest';

import { revGeneration } from '@/domain/revision';
import {
  makeMeasureInput,
  makeOfficeFields,
  makeUpdateInput,
} from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { db } from './app-db';
import {
  createMeasure,
  deleteMeasure,
  listMeasures,
  moveMeasure,
  restoreMeasure,
  updateMeasure,
} from './measures';
import { createOffice } from './offices';
import { storedUpdatesOf } from './update-groups';
import {
  createUpdate,
  deleteUpdate,
  listOfficeUpdates,
  listUpdates,
} from './updates';

async function setup(titles: string[]) {
  const office = await createOffice(makeOfficeFields());
  for (const title of titles) {
    await createMeasure(office.id, 2568, makeMeasureInput({ title }));
  }
  return office;
}

const titles = async (officeId: string) =>
  (await listMeasures(officeId, 2568)).map((m) => m.title);

describe('measures', () => {
  beforeEach(resetDb);

  it('lists an office year in creation order, apart from other years', async () => {
    const office = await setup(['ก', 'ข', 'ค']);
    await createMeasure(office.id, 2569, makeMeasureInput({ title: 'ปีหน้า' }));
    expect(await titles(office.id)).toEqual(['ก', 'ข', 'ค']);
    expect((await listMeasures(office.id, 2569)).map((m) => m.title)).toEqual([
      'ปีหน้า',
    ]);
  });

  it.each([
    ['first to last', 0, 2, ['ข', 'ค', 'ก']],
    ['last to first', 2, 0, ['ค', 'ก', 'ข']],
    ['one down', 0, 1, ['ข', 'ก', 'ค']],
    ['one up', 2, 1, ['ก', 'ค', 'ข']],
    ['beyond the end', 0, 9, ['ข', 'ค', 'ก']],
  ])('moves %s', async (_name, from, to, expected) => {
    const office = await setup(['ก', 'ข', 'ค']);
    const measures = await listMeasures(office.id, 2568);
    await moveMeasure(measures[from]!.id, to);
    expect(await titles(office.id)).toEqual(expected);
  });

  it('gives only the moved measure a new revision', async () => {
    const office = await setup(['ก', 'ข', 'ค']);
    const before = await listMeasures(office.id, 2568);
    await moveMeasure(before[2]!.id, 0);
    const after = await listMeasures(office.id, 2568);
    const changed = after.filter(
      (m) => before.find((b) => b.id === m.id)?.rev !== m.rev,
    );
    expect(changed.map((m) => m.title)).toEqual(['ค']);
  });

  it('keeps a correct order after many moves into the same gap', async () => {
    const office = await setup(['ก', 'ข', 'ค']);
    for (let i = 0; i < 80; i++) {
      const list = await listMeasures(office.id, 2568);
      // Move whatever is last to between the first two.
      await moveMeasure(list[2]!.id, 1);
    }
    const list = await listMeasures(office.id, 2568);
    expect(new Set(list.map((m) => m.order)).size).toBe(3);
    expect(list).toHaveLength(3);
  });

  it('edits a measure as a new revision', async () => {
    const office = await setup(['ก']);
    const [measure] = await listMeasures(office.id, 2568);
    await updateMeasure(measure!.id, makeMeasureInput({ title: 'แก้แล้ว' }));
    expect(await titles(office.id)).toEqual(['แก้แล้ว']);
  });

  it('deletes a measure and its updates as tombstones', async () => {
    const office = await setup(['ก', 'ข']);
    const [first, second] = await listMeasures(office.id, 2568);
    await createUpdate(first!.id, makeUpdateInput());
    await createUpdate(second!.id, makeUpdateInput());
    await deleteMeasure(first!.id);
    expect(await titles(office.id)).toEqual(['ข']);
    expect(await listUpdates(first!.id)).toEqual([]);
    expect(await listOfficeUpdates(office.id)).toHaveLength(1);
    // Tombstones stay so that the delete can travel in a bundle.
    expect(await db.measures.count()).toBe(2);
    expect((await storedUpdatesOf(first!.id))[0]?.deleted).toBe(true);
  });

  it('undoes a delete: the measure and the updates it took come back as new revisions of their tombstones', async () => {
    const office = await setup(['ก', 'ข', 'ค']);
    const [, second] = await listMeasures(office.id, 2568);
    const kept = await createUpdate(second!.id, makeUpdateInput());
    await createUpdate(second!.id, makeUpdateInput({ date: '2025-03-01' }));
    const earlier = await createUpdate(second!.id, makeUpdateInput());
    await deleteUpdate(earlier);
    const liveBefore = await listUpdates(second!.id);
    const summaryBefore = await db.summaries.get(second!.id);

    const deletion = await deleteMeasure(second!.id);
    expect(deletion?.measure.deleted).toBe(true);
    // The update deleted before is not part of this delete.
    expect(deletion?.updates.map((u) => u.id).sort()).toEqual(
      liveBefore.map((u) => u.id).sort(),
    );
    expect(await restoreMeasure(deletion!)).toBe(true);

    expect(await titles(office.id)).toEqual(['ก', 'ข', 'ค']);
    const restored = await db.measures.get(second!.id);
    const { rev, revs, updatedAt, ...content } = restored!;
    const { rev: r0, revs: rs0, updatedAt: u0, ...before } = second!;
    void [updatedAt, r0, rs0, u0];
    expect(content).toEqual(before);
    expect(restored!.deleted).toBeUndefined();
    expect(revGeneration(rev)).toBe(revGeneration(second!.rev) + 2);
    expect(revs[0]).toBe(deletion!.measure.rev);

    const liveAfter = await listUpdates(second!.id);
    const withoutRevs = (list: typeof liveAfter) =>
      list.map(({ rev, revs, updatedAt, ...rest }) => {
        void [rev, revs, updatedAt];
        return rest;
      });
    expect(withoutRevs(liveAfter)).toEqual(withoutRevs(liveBefore));
    expect(liveAfter.every((u) => revGeneration(u.rev) === 3)).toBe(true);
    const stored = await storedUpdatesOf(second!.id);
    expect(stored.find((u) => u.id === earlier.id)?.deleted).toBe(true);
    expect(stored.find((u) => u.id === kept.id)?.deleted).toBeUndefined();
    expect(await db.summaries.get(second!.id)).toEqual(summaryBefore);
  });

  it('does not undo a delete over a version stored since', async () => {
    const office = await setup(['ก']);
    const [first] = await listMeasures(office.id, 2568);
    await createUpdate(first!.id, makeUpdateInput());
    const deletion = await deleteMeasure(first!.id);
    expect(await restoreMeasure(deletion!)).toBe(true);
    const after = await db.measures.get(first!.id);
    // Once undone, the same undo finds another version and leaves it be.
    expect(await restoreMeasure(deletion!)).toBe(false);
    expect(await db.measures.get(first!.id)).toEqual(after);
    expect(await listUpdates(first!.id)).toHaveLength(1);
  });
});
