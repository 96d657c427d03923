// Where each version in conflict came from is kept with the conflict (issue
// 11): this device, or the file that brought it, who sent it and when.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  exportedText,
  streamedFiles,
  wholeFiles,
} from '@/testing/bundle-files';
import { makeMeasureInput, makeOfficeFields } from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { db } from '../app-db';
import { getConflict, resolveConflictWith } from '../conflicts';
import { createMeasure, updateMeasure } from '../measures';
import { createOffice } from '../offices';
import { applyImport } from './import-bundles';

const IMPORTED_AT = '2025-11-01T00:00:00.000Z';

const exportText = (device: string, exportedAt: string) =>
  exportedText({ kind: 'all' }, { appVersion: 't', device, exportedAt });

const names = (files: [string, string][]) => files.map(([name]) => name);
const texts = (files: [string, string][]) => files.map(([, text]) => text);

const importWhole = async (...files: [string, string][]) =>
  applyImport(wholeFiles(texts(files), names(files)));

const importStreamed = (...files: [string, string][]) =>
  applyImport(streamedFiles(texts(files), 32, names(files)), {
    sliceBytes: 60,
    pendingLimit: 1,
  });

/** One measure, shared; then edited apart: `here` on this device, `there` in a file. */
async function editedApart() {
  const office = await createOffice(makeOfficeFields());
  const measure = await createMeasure(
    office.id,
    2568,
    makeMeasureInput({ title: 'เดิม' }),
  );
  const shared = await exportText('laptop A', '2025-10-01T01:00:00.000Z');
  await updateMeasure(measure.id, makeMeasureInput({ title: 'ที่อื่น' }));
  const there = await exportText('laptop B', '2025-10-20T02:00:00.000Z');
  await resetDb();
  return { measure, shared, there };
}

const fromFile = (file: string, device: string, exportedAt: string) => ({
  from: 'file',
  file,
  device,
  exportedAt,
  importedAt: IMPORTED_AT,
});
const fromB = (file: string) =>
  fromFile(file, 'laptop B', '2025-10-20T02:00:00.000Z');
const fromC = fromFile('c.json', 'laptop C', '2025-10-25T03:00:00.000Z');

/** As editedApart, and a third laptop's edit of the same measure. */
async function threeLaptops() {
  const apart = await editedApart();
  await importWhole(['shared.json', apart.shared]);
  await updateMeasure(apart.measure.id, makeMeasureInput({ title: 'ที่สาม' }));
  const third = await exportText('laptop C', '2025-10-25T03:00:00.000Z');
  await resetDb();
  return { ...apart, third };
}

/** Each stored version of the measure, by title, with its origin. */
async function originsByTitle(measureId: string) {
  const conflict = await getConflict('measures', measureId);
  return Object.fromEntries(
    (conflict?.versions ?? []).map((v) => [
      v.title,
      conflict?.origins?.[v.rev],
    ]),
  );
}

describe.each([
  ['read whole', importWhole],
  ['read in slices', importStreamed],
])('the origin of each version in conflict, %s', (_name, importFiles) => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await resetDb();
  });
  afterEach(() => vi.useRealTimers());

  it('this device for the version edited here, the file for the other', async () => {
    const { measure, shared, there } = await editedApart();
    await importFiles(['shared.json', shared]);
    await updateMeasure(measure.id, makeMeasureInput({ title: 'ที่นี่' }));
    vi.setSystemTime(new Date(IMPORTED_AT));
    await importFiles(['b.json', there]);

    const conflict = await getConflict('measures', measure.id);
    const byTitle = Object.fromEntries(
      (conflict?.versions ?? []).map((v) => [
        v.title,
        conflict?.origins?.[v.rev],
      ]),
    );
    expect(byTitle).toEqual({
      ที่นี่: { from: 'device' },
      ที่อื่น: fromFile('b.json', 'laptop B', '2025-10-20T02:00:00.000Z'),
    });
    // What travels is the record alone: the origin stays on this device.
    const exported = JSON.parse(await exportText('x', IMPORTED_AT)) as {
      conflicts: object[];
    };
    expect(JSON.stringify(exported.conflicts)).not.toContain('laptop B');
  });

  it('the first file that brought it, when both versions came in this import', async () => {
    const { there, third, measure } = await threeLaptops();
    vi.setSystemTime(new Date(IMPORTED_AT));
    await importFiles(['b.json', there], ['c.json', third], ['b2.json', there]);

    expect(await originsByTitle(measure.id)).toEqual({
      ที่อื่น: fromB('b.json'),
      ที่สาม: fromC,
    });
  });

  it('keeps what it knew of each version when a later import brings another', async () => {
    const { shared, there, third, measure } = await threeLaptops();
    await importFiles(['shared.json', shared]);
    await updateMeasure(measure.id, makeMeasureInput({ title: 'ที่นี่' }));
    vi.setSystemTime(new Date(IMPORTED_AT));
    await importFiles(['b.json', there]);
    const first = await originsByTitle(measure.id);
    const winner = (await getConflict('measures', measure.id))?.versions[0];
    // The version shown is edited here, then a third laptop's file arrives.
    const edited = `${winner?.title} แก้`;
    await updateMeasure(measure.id, makeMeasureInput({ title: edited }));
    await importFiles(['c.json', third]);

    const lost = winner?.title === 'ที่นี่' ? 'ที่อื่น' : 'ที่นี่';
    expect(await originsByTitle(measure.id)).toEqual({
      [edited]: { from: 'device' },
      [lost]: first[lost],
      ที่สาม: fromC,
    });
    // Resolved, the conflict is closed: the other sides stay as tombstones
    // (deleted leaves, as in CouchDB), with nothing kept of where they came from.
    await resolveConflictWith('measures', measure.id, {
      ...makeMeasureInput({ title: 'รวม' }),
      officeId: measure.officeId,
      fiscalYear: 2568,
      order: measure.order,
    });
    expect(await getConflict('measures', measure.id)).toBeNull();
    const rows = await db.conflicts.toArray();
    expect(rows.map((row) => [row.record.deleted, row.origins])).toEqual([
      [true, undefined],
      [true, undefined],
    ]);
  });
});
