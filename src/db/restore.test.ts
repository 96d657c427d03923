import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { revGeneration } from '@/domain/revision';
import {
  makeMeasureInput,
  makeOfficeFields,
  makeUpdateInput,
} from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { db } from './app-db';
import { deletedMeasures, deletedUpdates } from './deleted';
import { recordHistory } from './history';
import {
  createMeasure,
  deleteMeasure,
  moveMeasure,
  updateMeasure,
} from './measures';
import { createOffice, updateOffice } from './offices';
import { setPersonName } from './person';
import { restoreVersion } from './restore';
import { createUpdate, deleteUpdate, listUpdates } from './updates';
import { journalHead } from './write/journal';

const at = (iso: string) => vi.setSystemTime(new Date(iso));

async function officeWithMeasure() {
  const office = await createOffice(makeOfficeFields());
  const measure = await createMeasure(
    office.id,
    2568,
    makeMeasureInput({ title: 'หนึ่ง' }),
  );
  return { office, measure };
}

describe('restoring a version from history', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2025-01-10T02:00:00.000Z');
    await resetDb();
  });
  afterEach(() => vi.useRealTimers());

  it('brings a deleted measure back as a child of its tombstone, with the updates its delete took', async () => {
    const { measure } = await officeWithMeasure();
    const before = await createUpdate(measure.id, makeUpdateInput());
    const taken = await createUpdate(
      measure.id,
      makeUpdateInput({ date: '2025-01-20', percent: 80 }),
    );
    at('2025-01-11T02:00:00.000Z');
    await deleteUpdate(before);
    at('2025-01-12T02:00:00.000Z');
    const deletion = (await deleteMeasure(measure.id))!;
    at('2025-01-13T02:00:00.000Z');

    const outcome = await restoreVersion('measures', measure, measure.rev);
    if (typeof outcome === 'string') throw new Error(outcome);
    const restored = outcome.record;
    expect(restored.deleted).toBeUndefined();
    expect(restored.title).toBe('หนึ่ง');
    expect(restored.revs[0]).toBe(deletion.measure.rev);
    expect(revGeneration(restored.rev)).toBe(
      revGeneration(deletion.measure.rev) + 1,
    );
    expect(await db.measures.get(measure.id)).toEqual(restored);
    // The update deleted with it is back; the one deleted before stays deleted.
    expect(outcome.updates.map((u) => u.id)).toEqual([taken.id]);
    expect((await listUpdates(measure.id)).map((u) => u.id)).toEqual([
      taken.id,
    ]);
    expect((await deletedUpdates(measure.id)).map((d) => d.record.id)).toEqual([
      before.id,
    ]);

    const [newest] = await recordHistory('measures', measure);
    expect(newest).toMatchObject({
      rev: restored.rev,
      cause: 'restore',
      replaced: deletion.measure.rev,
      state: 'current',
    });
  });

  it('uses an older version: its content, the measure kept where it stands now', async () => {
    const { office, measure } = await officeWithMeasure();
    const other = await createMeasure(office.id, 2568, makeMeasureInput());
    await updateMeasure(
      measure.id,
      makeMeasureInput({ title: 'สอง', evidence: ['https://a.go.th'] }),
    );
    await moveMeasure(measure.id, 1); // after `other`
    const moved = (await db.measures.get(measure.id))!;
    expect(moved.order).toBeGreaterThan(other.order);

    const outcome = await restoreVersion('measures', measure, measure.rev);
    if (typeof outcome === 'string') throw new Error(outcome);
    expect(outcome.record).toMatchObject({
      title: 'หนึ่ง',
      evidence: [],
      order: moved.order,
      fiscalYear: 2568,
    });
    expect(outcome.record.revs[0]).toBe(moved.rev);
    expect(outcome.updates).toEqual([]);
  });

  it('restores an office’s older details', async () => {
    const office = await createOffice(makeOfficeFields({ name: 'เดิม' }));
    await setPersonName('สมหญิง');
    await updateOffice(office.id, makeOfficeFields({ name: 'ใหม่' }));
    const outcome = await restoreVersion('offices', office, office.rev);
    if (typeof outcome === 'string') throw new Error(outcome);
    expect(outcome.record.name).toBe('เดิม');
    const [newest] = await recordHistory('offices', office);
    expect(newest).toMatchObject({ cause: 'restore', by: 'สมหญิง' });
  });

  it('writes nothing when the version holds what is shown, or is not kept, or its record is gone', async () => {
    const { measure } = await officeWithMeasure();
    const head = await journalHead();
    expect(await restoreVersion('measures', measure, measure.rev)).toBe('same');
    expect(
      await restoreVersion('measures', measure, `9-${'a'.repeat(32)}`),
    ).toBe('not-kept');
    expect(
      await restoreVersion('measures', { id: 'nowhere' }, measure.rev),
    ).toBe('gone');
    expect(await journalHead()).toBe(head);
  });

  it('does not bring back an update of a deleted measure on its own', async () => {
    const { measure } = await officeWithMeasure();
    const update = await createUpdate(measure.id, makeUpdateInput());
    await deleteMeasure(measure.id);
    const head = await journalHead();
    expect(await restoreVersion('updates', update, update.rev)).toBe(
      'measure-deleted',
    );
    expect(await journalHead()).toBe(head);
  });
});

describe('deleted records', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2025-01-10T02:00:00.000Z');
    await resetDb();
  });
  afterEach(() => vi.useRealTimers());

  it('lists a year’s deleted measures, last deleted first, with who deleted them and the updates taken', async () => {
    const { office, measure } = await officeWithMeasure();
    const second = await createMeasure(
      office.id,
      2568,
      makeMeasureInput({ title: 'สอง' }),
    );
    const elsewhere = await createMeasure(office.id, 2567, makeMeasureInput());
    await createUpdate(second.id, makeUpdateInput());
    await setPersonName('สมชาย');
    at('2025-01-11T02:00:00.000Z');
    await deleteMeasure(measure.id);
    at('2025-01-12T02:00:00.000Z');
    await deleteMeasure(second.id);
    await deleteMeasure(elsewhere.id);

    const listed = await deletedMeasures(office.id, 2568);
    expect(
      listed.map((d) => [d.record.title, d.deletedAt, d.by, d.updates]),
    ).toEqual([
      ['สอง', '2025-01-12T02:00:00.000Z', 'สมชาย', 1],
      ['หนึ่ง', '2025-01-11T02:00:00.000Z', 'สมชาย', 0],
    ]);
  });

  it('lists a measure’s deleted updates; a restored one is no longer listed', async () => {
    const { measure } = await officeWithMeasure();
    const update = await createUpdate(measure.id, makeUpdateInput());
    const kept = await createUpdate(measure.id, makeUpdateInput());
    at('2025-01-11T02:00:00.000Z');
    await deleteUpdate(update);
    expect(await deletedUpdates(measure.id)).toMatchObject([
      { record: { id: update.id }, deletedAt: '2025-01-11T02:00:00.000Z' },
    ]);
    await restoreVersion('updates', update, update.rev);
    expect(await deletedUpdates(measure.id)).toEqual([]);
    expect((await listUpdates(measure.id)).map((u) => u.id).sort()).toEqual(
      [update.id, kept.id].sort(),
    );
  });
});
