// An update's office and measure never change (issue 17, "Data lost on the
// next exchange"): a file whose update says another office than its
// measure's, or whose revision of a stored update names another measure,
// has that update left out by place and reason, whole or in slices, and
// nothing of it is stored.
import { beforeEach, describe, expect, it } from 'vitest';

import { reviseRecord } from '@/domain/revision';
import type { ProgressUpdate } from '@/domain/types';
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

import { createMeasure } from '../measures';
import { createOffice } from '../offices';
import { allStoredUpdates } from '../update-groups';
import { createUpdate } from '../updates';
import { applyImport, previewImport } from './import-bundles';

const T = '2025-11-02T00:00:00.000Z';

async function twoOffices() {
  const a = await createOffice(makeOfficeFields({ name: 'อบต.หนึ่ง' }));
  const b = await createOffice(makeOfficeFields({ name: 'อบต.สอง' }));
  const measureA = await createMeasure(a.id, 2568, makeMeasureInput());
  const measureB = await createMeasure(b.id, 2568, makeMeasureInput());
  const update = await createUpdate(measureA.id, makeUpdateInput());
  return { a, b, measureA, measureB, update };
}

/** The stored updates as a file, with its one update replaced by `change`. */
async function fileWithUpdate(change: (u: ProgressUpdate) => ProgressUpdate) {
  const bundle = await exportedBundle();
  const updates = bundle.updates as ProgressUpdate[];
  bundle.updates = updates.map(change);
  return signedText(bundle);
}

describe.each([
  ['whole', (texts: string[]) => wholeFiles(texts)],
  ['in slices', (texts: string[]) => streamedFiles(texts, 16)],
])('an update whose office or measure changes, read %s', (_, files) => {
  beforeEach(resetDb);

  it('is left out when its office is not its measure’s', async () => {
    const { b, update } = await twoOffices();
    const text = await fileWithUpdate((u) =>
      reviseRecord(u, { officeId: b.id }, T),
    );
    const preview = await previewImport(files([text]));
    expect(preview.invalid).toEqual([
      {
        file: 'f0.json',
        record: {
          kind: 'updates',
          index: 0,
          id: update.id,
          field: 'officeId',
          problem: 'notMeasuresOffice',
        },
      },
    ]);
    await applyImport(files([text]));
    const [stored] = await allStoredUpdates();
    expect(stored?.rev).toBe(update.rev);
    expect(stored?.officeId).toBe(update.officeId);
  });

  it('is left out when a revision names another measure', async () => {
    const { b, measureB, update } = await twoOffices();
    const text = await fileWithUpdate((u) =>
      reviseRecord(u, { measureId: measureB.id, officeId: b.id }, T),
    );
    const preview = await previewImport(files([text]));
    expect(preview.invalid).toEqual([
      {
        file: 'f0.json',
        record: {
          kind: 'updates',
          index: 0,
          id: update.id,
          field: 'measureId',
          problem: 'measureChanged',
        },
      },
    ]);
    await applyImport(files([text]));
    const stored = await allStoredUpdates();
    expect(stored.map((u) => [u.id, u.measureId])).toEqual([
      [update.id, update.measureId],
    ]);
  });
});

describe.each([
  ['whole', (texts: string[]) => wholeFiles(texts)],
  ['in slices', (texts: string[]) => streamedFiles(texts, 16)],
])(
  'a losing version of an update naming another measure, read %s',
  (_, files) => {
    beforeEach(resetDb);

    it('is left out, and the update stays under its own measure', async () => {
      const { b, measureB, update } = await twoOffices();
      const bundle = await exportedBundle();
      const moved = reviseRecord(
        update,
        { measureId: measureB.id, officeId: b.id },
        T,
      );
      bundle.conflicts = [{ kind: 'updates', record: moved }];
      await resetDb();
      const text = signedText(bundle);
      const preview = await previewImport(files([text]));
      expect(preview.invalid).toEqual([
        {
          file: 'f0.json',
          record: {
            kind: 'updates',
            index: 0,
            inConflicts: true,
            id: update.id,
            field: 'measureId',
            problem: 'measureChanged',
          },
        },
      ]);
    });
  },
);
