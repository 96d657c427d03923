// The export reminder's date comes from the journal: the first change made
// here (not an import) after the journal's number at the last export.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { exportedText, wholeFiles } from '@/testing/bundle-files';
import { makeMeasureInput, makeOfficeFields } from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { gatherExportFile } from './exchange/gather-export';
import { applyImport } from './exchange/import-bundles';
import { markExported, unexportedSince } from './export-state';
import { createMeasure, updateMeasure } from './measures';
import { createOffice } from './offices';
import { insertRecord } from './records';
import { setSetting } from './settings';
import { writeChange } from './write/write-change';

const SOURCE = { exportedAt: '', appVersion: 'test', device: 'test' };

const at = (day: number) =>
  `2025-02-${String(day).padStart(2, '0')}T03:00:00.000Z`;

describe('not exported since', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(at(1)));
    await resetDb();
  });
  afterEach(() => vi.useRealTimers());

  it('is the time of the first change made here after the last export', async () => {
    expect(await unexportedSince()).toBeUndefined();
    const office = await createOffice(makeOfficeFields());
    vi.setSystemTime(new Date(at(2)));
    const measure = await createMeasure(office.id, 2568, makeMeasureInput());
    expect(await unexportedSince()).toBe(at(1));

    vi.setSystemTime(new Date(at(3)));
    const { seq } = await gatherExportFile({ kind: 'all' }, SOURCE);
    expect(seq).toBe(2);
    await markExported(at(3), seq);
    expect(await unexportedSince()).toBeUndefined();

    vi.setSystemTime(new Date(at(4)));
    await updateMeasure(measure.id, makeMeasureInput({ title: 'แก้แล้ว' }));
    vi.setSystemTime(new Date(at(5)));
    await updateMeasure(measure.id, makeMeasureInput({ title: 'แก้อีก' }));
    expect(await unexportedSince()).toBe(at(4));
  });

  it('counts a change made while an export read the data as not exported', async () => {
    const office = await createOffice(makeOfficeFields());
    const { seq } = await gatherExportFile({ kind: 'all' }, SOURCE);
    await markExported(at(1), seq);
    vi.setSystemTime(new Date(at(2)));
    // Saved after the export read, before it was marked done.
    await createMeasure(office.id, 2568, makeMeasureInput());
    await markExported(at(2), seq);
    expect(await unexportedSince()).toBe(at(2));
  });

  it('does not count an import: the files came from devices that hold them', async () => {
    const office = await createOffice(makeOfficeFields());
    await createMeasure(office.id, 2568, makeMeasureInput());
    const text = await exportedText();
    await resetDb();
    await applyImport(wholeFiles([text]));
    expect(await unexportedSince()).toBeUndefined();
  });

  it('is not moved by a change that failed', async () => {
    const office = await createOffice(makeOfficeFields());
    const { seq } = await gatherExportFile({ kind: 'all' }, SOURCE);
    await markExported(at(1), seq);
    await expect(
      writeChange({ cause: 'edit' }, async (change) => {
        await insertRecord(change, 'measures', {
          ...makeMeasureInput(),
          officeId: office.id,
          fiscalYear: 2568,
          order: 1,
        });
        throw new Error('the disk is full');
      }),
    ).rejects.toThrow();
    expect(await unexportedSince()).toBeUndefined();
  });

  it('reads a change noted before the journal (schema v6) until the next export', async () => {
    await setSetting('unexportedSince', at(1));
    expect(await unexportedSince()).toBe(at(1));
    await markExported(at(2), 0);
    expect(await unexportedSince()).toBeUndefined();
  });
});
