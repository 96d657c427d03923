// Importing in slices (large bundles) must end exactly as a whole import
// ends: the same preview, the same records, conflicts and summaries stored,
// the same counts logged; whatever is stored before, however many files.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { InvalidRecord } from '@/bundle/record-problems';
import {
  exportedBundle,
  signedText,
  streamedFiles,
  wholeFiles,
} from '@/testing/bundle-files';
import {
  makeMeasureInput,
  makeOfficeFields,
  makeUpdateInput,
} from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { db } from '../app-db';
import { createMeasure, updateMeasure } from '../measures';
import { createOffice } from '../offices';
import { allStoredUpdates } from '../update-groups';
import { createUpdate, updateUpdate } from '../updates';
import { applyImport, previewImport } from './import-bundles';

const byPlace = (a: { file: string; record: InvalidRecord }, b: typeof a) =>
  JSON.stringify(a).localeCompare(JSON.stringify(b));

async function stored() {
  const [offices, measures, updates, conflicts, summaries] = await Promise.all([
    db.offices.toArray(),
    db.measures.toArray(),
    allStoredUpdates(),
    db.conflicts.toArray(),
    db.summaries.toArray(),
  ]);
  return { offices, measures, updates, conflicts, summaries };
}

/** Runs both ways from the same start and expects the same ending. */
async function expectSameImport(
  start: () => Promise<void>,
  texts: string[],
  pendingLimit = 2,
) {
  // Edits made by `start` get the same time both ways.
  vi.setSystemTime(new Date('2025-11-01T00:00:00.000Z'));
  await resetDb();
  await start();
  const plan = await previewImport(wholeFiles(texts));
  const log = await applyImport(wholeFiles(texts));
  const expected = await stored();

  vi.setSystemTime(new Date('2025-11-01T00:00:00.000Z'));
  await resetDb();
  await start();
  const preview = await previewImport(streamedFiles(texts, 16), {
    sliceBytes: 50,
  });
  const progress: number[] = [];
  const streamedLog = await applyImport(streamedFiles(texts, 16), {
    sliceBytes: 50,
    // Written a few at a time: held-back versions are met again and merged.
    pendingLimit,
    onRecords: (done) => progress.push(done),
  });
  expect(preview.byOffice).toEqual(plan.byOffice);
  expect([...preview.invalid].sort(byPlace)).toEqual(
    [...plan.invalid].sort(byPlace),
  );
  expect(streamedLog.counts).toEqual(log.counts);
  expect(await stored()).toEqual(expected);
  expect(progress.length).toBeGreaterThan(1);
  return log;
}

/** One office: two measures, updates, a deleted update; and a conflict kept. */
async function officeWithConflict() {
  const office = await createOffice(makeOfficeFields());
  const measure = await createMeasure(
    office.id,
    2568,
    makeMeasureInput({ title: 'เดิม' }),
  );
  const other = await createMeasure(office.id, 2568, makeMeasureInput());
  await createUpdate(measure.id, makeUpdateInput());
  await createUpdate(
    other.id,
    makeUpdateInput({ status: 'completed', percent: 100 }),
  );
  const shared = signedText(await exportedBundle());
  await updateMeasure(measure.id, makeMeasureInput({ title: 'แก้ที่ ก' }));
  const fromA = signedText(await exportedBundle());
  await resetDb();
  await applyImport(wholeFiles([shared]));
  await updateMeasure(measure.id, makeMeasureInput({ title: 'แก้ที่ ข' }));
  await applyImport(wholeFiles([fromA]));
  return { shared, fromA, withConflict: await exportedBundle(), measure };
}

describe('an import in slices ends as a whole import', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await resetDb();
  });
  afterEach(() => vi.useRealTimers());

  it('into an empty database, conflicts, bad records and bad references included', async () => {
    const { withConflict } = await officeWithConflict();
    const updates = withConflict.updates as Record<string, unknown>[];
    updates.push({ ...updates[0], percent: -1 }, { ...updates[1] });
    updates.push({ ...updates[0], id: 'orphan', measureId: 'nowhere' });
    const log = await expectSameImport(
      async () => undefined,
      [signedText(withConflict)],
    );
    expect(log.counts.conflict).toBe(1);
    expect(log.counts.invalid).toBe(4);
  });

  it('over what is stored, with an edit made apart', async () => {
    const { shared, fromA, measure } = await officeWithConflict();
    await resetDb();
    const start = async () => {
      await applyImport(wholeFiles([shared]));
      await updateMeasure(measure.id, makeMeasureInput({ title: 'แก้ที่ ค' }));
    };
    const log = await expectSameImport(start, [fromA]);
    expect(log.counts.conflict).toBe(1);
  });

  it('from several files bringing the same records', async () => {
    const { shared, fromA, withConflict } = await officeWithConflict();
    await expectSameImport(
      async () => undefined,
      [shared, fromA, signedText(withConflict), shared],
    );
  });

  it('merges a version met again with the one still held back', async () => {
    const office = await createOffice(makeOfficeFields());
    const measure = await createMeasure(office.id, 2568, makeMeasureInput());
    const update = await createUpdate(measure.id, makeUpdateInput());
    const older = signedText(await exportedBundle());
    await updateUpdate(update, makeUpdateInput({ percent: 90 }));
    const newer = signedText(await exportedBundle());
    await resetDb();
    // Nothing is written before the end: the newer version, held back, must
    // still win over the older one in the second file.
    const log = await expectSameImport(
      async () => undefined,
      [newer, older],
      1_000,
    );
    expect(log.counts.stale).toBe(1);
    const [stored] = await allStoredUpdates();
    expect(stored?.percent).toBe(90);
  });
});
