// An import is one transaction: cancelled while it writes, it is aborted and
// nothing of it is stored, whichever way the files are read.
import { beforeEach, describe, expect, it } from 'vitest';

import {
  exportedText,
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
import { createMeasure } from '../measures';
import { createOffice } from '../offices';
import { createUpdate } from '../updates';
import { applyImport } from './import-bundles';

/** A bundle of an office with 3 measures of 4 updates each, as text. */
async function bundleText() {
  const office = await createOffice(makeOfficeFields());
  for (let m = 0; m < 3; m++) {
    const measure = await createMeasure(office.id, 2568, makeMeasureInput());
    for (let u = 0; u < 4; u++)
      await createUpdate(measure.id, makeUpdateInput({ percent: u * 10 }));
  }
  const text = await exportedText();
  await resetDb();
  return text;
}

async function storedCounts() {
  const tables = [
    db.offices,
    db.measures,
    db.updateGroups,
    db.summaries,
    db.imports,
  ];
  return Promise.all(tables.map((table) => table.count()));
}

describe('an import cancelled while it writes', () => {
  beforeEach(resetDb);

  it('read whole: nothing is stored, and it can be written later', async () => {
    const text = await bundleText();
    const cancel = new AbortController();
    const writing = applyImport(wholeFiles([text]), { signal: cancel.signal });
    cancel.abort();
    await expect(writing).rejects.toThrow();
    expect(await storedCounts()).toEqual([0, 0, 0, 0, 0]);

    await applyImport(wholeFiles([text]), {
      signal: new AbortController().signal,
    });
    expect(await storedCounts()).toEqual([1, 3, 3, 3, 1]);
  });

  it('in slices, cancelled after its first slices were written: nothing is stored', async () => {
    const text = await bundleText();
    const files = () => streamedFiles([text], 64);
    const cancel = new AbortController();
    let slices = 0;
    await expect(
      applyImport(files(), {
        sliceBytes: 200,
        pendingLimit: 1,
        signal: cancel.signal,
        onRecords: () => {
          if (++slices === 4) cancel.abort();
        },
      }),
    ).rejects.toThrow();
    expect(slices).toBe(4);
    expect(await storedCounts()).toEqual([0, 0, 0, 0, 0]);

    await applyImport(files(), { sliceBytes: 200 });
    expect(await storedCounts()).toEqual([1, 3, 3, 3, 1]);
  });

  it('a cancel asked for before the write began stops it at once', async () => {
    const text = await bundleText();
    const cancel = new AbortController();
    cancel.abort();
    await expect(
      applyImport(streamedFiles([text]), { signal: cancel.signal }),
    ).rejects.toThrow();
    expect(await storedCounts()).toEqual([0, 0, 0, 0, 0]);
  });
});
