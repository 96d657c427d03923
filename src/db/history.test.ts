import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { reviseRecord } from '@/domain/revision';
import { exportedText, wholeFiles } from '@/testing/bundle-files';
import {
  makeMeasureInput,
  makeOfficeFields,
  makeUpdateInput,
} from '@/testing/factories';
import { makeMeasure } from '@/testing/records';
import { resetDb } from '@/testing/reset-db';

import { db } from './app-db';
import { applyImport } from './exchange/import-bundles';
import { recordHistory } from './history';
import { createMeasure, deleteMeasure, updateMeasure } from './measures';
import { createOffice, updateOffice } from './offices';
import { setPersonName } from './person';
import { createUpdate, updateUpdate } from './updates';
import { writeChange } from './write/write-change';

const at = (iso: string) => vi.setSystemTime(new Date(iso));

describe('a record’s history', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2025-01-10T02:00:00.000Z');
    await resetDb();
  });
  afterEach(() => vi.useRealTimers());

  it('lists every version of a measure, newest first, with cause, who, time, rev replaced and body', async () => {
    const office = await createOffice(makeOfficeFields());
    await setPersonName('สมชาย');
    const v1 = await createMeasure(
      office.id,
      2568,
      makeMeasureInput({ title: 'หนึ่ง' }),
    );
    at('2025-01-11T02:00:00.000Z');
    const v2 = await updateMeasure(v1.id, makeMeasureInput({ title: 'สอง' }));
    at('2025-01-12T02:00:00.000Z');
    const gone = (await deleteMeasure(v1.id))!.measure;

    const history = await recordHistory('measures', { id: v1.id });
    expect(history.map((v) => [v.rev, v.replaced, v.state, v.deleted])).toEqual(
      [
        [gone.rev, v2.rev, 'current', true],
        [v2.rev, v1.rev, 'replaced', false],
        [v1.rev, undefined, 'replaced', false],
      ],
    );
    expect(history.map((v) => [v.at, v.cause, v.by, v.source])).toEqual([
      ['2025-01-12T02:00:00.000Z', 'edit', 'สมชาย', { from: 'device' }],
      ['2025-01-11T02:00:00.000Z', 'edit', 'สมชาย', { from: 'device' }],
      ['2025-01-10T02:00:00.000Z', 'edit', 'สมชาย', { from: 'device' }],
    ]);
    // What each held, so the changes can be shown side by side, and the
    // deleted measure restored: its tombstone keeps the last content.
    expect(history.map((v) => v.record?.title)).toEqual(['สอง', 'สอง', 'หนึ่ง']);
    expect(history[0]?.record).toEqual(gone);
    expect(history[2]?.record).toEqual(v1);
  });

  it('lists an update’s versions, found with or without its measure, and an office’s', async () => {
    const office = await createOffice(makeOfficeFields());
    const measure = await createMeasure(office.id, 2568, makeMeasureInput());
    const u1 = await createUpdate(measure.id, makeUpdateInput({ percent: 10 }));
    const u2 = await updateUpdate(u1, makeUpdateInput({ percent: 40 }));
    const withMeasure = await recordHistory('updates', u1);
    expect(withMeasure.map((v) => v.record?.percent)).toEqual([40, 10]);
    expect(await recordHistory('updates', { id: u1.id })).toEqual(withMeasure);
    expect(withMeasure[0]?.rev).toBe(u2.rev);

    const renamed = await updateOffice(
      office.id,
      makeOfficeFields({ name: 'ใหม่' }),
    );
    const offices = await recordHistory('offices', { id: office.id });
    expect(offices.map((v) => [v.rev, v.record?.name])).toEqual([
      [renamed.rev, 'ใหม่'],
      [office.rev, office.name],
    ]);
  });

  it('says where an imported version came from, and shows a losing leaf in conflict', async () => {
    const office = await createOffice(makeOfficeFields());
    const base = await createMeasure(office.id, 2568, makeMeasureInput());
    const text = await exportedText();
    await resetDb();
    await applyImport(wholeFiles([text], ['ก.json']));
    const apart = reviseRecord(
      base,
      { title: 'ที่อื่น' },
      '2025-01-10T05:00:00.000Z',
    );
    const here = await updateMeasure(
      base.id,
      makeMeasureInput({ title: 'ที่นี่' }),
    );
    await writeChange({ cause: 'import' }, (change) =>
      change.write({ measures: [apart] }),
    );
    const history = await recordHistory('measures', { id: base.id });
    const byRev = new Map(history.map((v) => [v.rev, v]));
    expect(byRev.get(base.rev)).toMatchObject({
      cause: 'import',
      state: 'replaced',
      source: { from: 'file', file: 'ก.json' },
      record: base,
    });
    expect(
      [here.rev, apart.rev].map((rev) => byRev.get(rev)?.state).sort(),
    ).toEqual(['conflict', 'current']);
  });

  it('lists versions stored before the journal, after the others, without a cause', async () => {
    const old = makeMeasure('m-old');
    await db.measures.put(old);
    expect(await recordHistory('measures', { id: old.id })).toEqual([
      {
        rev: old.rev,
        deleted: false,
        state: 'current',
        at: old.updatedAt,
        record: old,
      },
    ]);
    const edited = await updateMeasure(
      old.id,
      makeMeasureInput({ title: 'ใหม่' }),
    );
    const history = await recordHistory('measures', { id: old.id });
    expect(history.map((v) => [v.rev, v.cause, v.state])).toEqual([
      [edited.rev, 'edit', 'current'],
      [old.rev, undefined, 'replaced'],
    ]);
  });

  it('keeps bodies of the current and last fiscal year; older ones go when the year turns, their entries stay', async () => {
    const office = await createOffice(makeOfficeFields());
    const of2567 = await createMeasure(office.id, 2567, makeMeasureInput());
    const of2568 = await createMeasure(office.id, 2568, makeMeasureInput());
    await updateMeasure(of2567.id, makeMeasureInput({ title: 'แก้' }));
    await updateMeasure(of2568.id, makeMeasureInput({ title: 'แก้' }));
    // 10 January 2025 is in FY2568: both years' bodies are kept.
    expect(await db.history.count()).toBe(2);

    // 1 October 2025 opens FY2569: FY2567 is no longer kept.
    at('2025-10-01T02:00:00.000Z');
    await createMeasure(office.id, 2569, makeMeasureInput());
    expect((await db.history.toArray()).map((r) => r.recordId)).toEqual([
      of2568.id,
    ]);
    const history = await recordHistory('measures', { id: of2567.id });
    expect(history.map((v) => [v.state, v.record !== undefined])).toEqual([
      ['current', true],
      ['replaced', false],
    ]);
  });

  it('is empty for a record never stored', async () => {
    expect(await recordHistory('measures', { id: 'nowhere' })).toEqual([]);
  });
});
