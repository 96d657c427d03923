import { beforeEach, describe, expect, it } from 'vitest';

import {
  EXPORT_SOURCE,
  exportedText,
  wholeFiles,
} from '@/testing/bundle-files';
import {
  makeMeasureInput,
  makeOfficeFields,
  makeUpdateInput,
} from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { db } from '../app-db';
import {
  createMeasure,
  deleteMeasure,
  listMeasures,
  updateMeasure,
} from '../measures';
import { createOffice } from '../offices';
import { allStoredUpdates } from '../update-groups';
import { createUpdate } from '../updates';
import { gatherExport } from './gather-export';
import { applyImport, previewImport } from './import-bundles';

const importText = async (text: string) => applyImport(wholeFiles([text]));

async function snapshot() {
  const [offices, measures, updates, conflicts] = await Promise.all([
    db.offices.toArray(),
    db.measures.toArray(),
    allStoredUpdates(),
    db.conflicts.toArray(),
  ]);
  const revs = (rows: { id: string; rev: string }[]) =>
    rows.map((r) => `${r.id}@${r.rev}`).sort();
  return {
    offices: revs(offices),
    measures: revs(measures),
    updates: revs(updates),
    conflicts: conflicts.map((c) => `${c.recordId}@${c.rev}`).sort(),
  };
}

describe('export and import', () => {
  beforeEach(resetDb);

  it('round-trips the whole database, tombstones included', async () => {
    const office = await createOffice(makeOfficeFields());
    const kept = await createMeasure(
      office.id,
      2568,
      makeMeasureInput({ title: 'อยู่' }),
    );
    const gone = await createMeasure(
      office.id,
      2568,
      makeMeasureInput({ title: 'ลบ' }),
    );
    await createUpdate(kept.id, makeUpdateInput());
    await deleteMeasure(gone.id);
    const before = await snapshot();
    const text = await exportedText();

    await resetDb();
    const log = await importText(text);
    expect(await snapshot()).toEqual(before);
    expect(log.counts).toMatchObject({ added: 4, invalid: 0 });
    expect((await listMeasures(office.id, 2568)).map((m) => m.title)).toEqual([
      'อยู่',
    ]);
    // Importing the same file again changes nothing.
    expect((await importText(text)).counts).toMatchObject({
      added: 0,
      unchanged: 4,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('exports one office year only', async () => {
    const office = await createOffice(makeOfficeFields());
    const other = await createOffice(makeOfficeFields({ name: 'อื่น' }));
    await createMeasure(office.id, 2568, makeMeasureInput({ title: '68' }));
    await createMeasure(office.id, 2569, makeMeasureInput({ title: '69' }));
    await createMeasure(other.id, 2568, makeMeasureInput());
    const bundle = await gatherExport(
      { kind: 'office-year', officeId: office.id, fiscalYear: 2568 },
      EXPORT_SOURCE,
    );
    expect(bundle.offices.map((o) => o.id)).toEqual([office.id]);
    expect(bundle.measures.map((m) => m.title)).toEqual(['68']);
    expect(bundle.scope).toEqual({ offices: [office.id], fiscalYears: [2568] });
  });

  it('keeps both sides of an edit made apart, and every laptop ends the same', async () => {
    const office = await createOffice(makeOfficeFields());
    const measure = await createMeasure(
      office.id,
      2568,
      makeMeasureInput({ title: 'เดิม' }),
    );
    const shared = await exportedText();

    // Laptop B: gets the shared file, edits the title.
    await resetDb();
    await importText(shared);
    await updateMeasure(measure.id, makeMeasureInput({ title: 'แก้ที่ ข' }));
    const fromB = await exportedText();

    // Laptop A: edits the same measure differently, then imports B's file.
    await resetDb();
    await importText(shared);
    await updateMeasure(measure.id, makeMeasureInput({ title: 'แก้ที่ ก' }));
    const log = await importText(fromB);
    expect(log.counts.conflict).toBe(1);
    expect(await db.conflicts.count()).toBe(1);
    const onA = await snapshot();
    const fromA = await exportedText();

    // Laptop B imports A's file: the same winner, the same kept conflict.
    await resetDb();
    await importText(shared);
    await updateMeasure(measure.id, makeMeasureInput({ title: 'แก้ที่ ข' }));
    await importText(fromA);
    expect(await snapshot()).toEqual(onA);
  });

  it('previews without writing', async () => {
    const office = await createOffice(makeOfficeFields());
    await createMeasure(office.id, 2568, makeMeasureInput());
    const text = await exportedText();
    await resetDb();
    const preview = await previewImport(wholeFiles([text]));
    expect(preview.byOffice.get(office.id)).toMatchObject({ added: 2 });
    expect(await db.measures.count()).toBe(0);
    expect(await db.journal.count()).toBe(0);
  });
});
