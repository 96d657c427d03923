// The files of a batch are checked together, whichever way each is read:
// a measure whose office another file brings is kept, one whose office is
// nowhere is left out with its updates.
import { beforeEach, describe, expect, it } from 'vitest';

import type { Office } from '@/domain/types';
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
import { createMeasure } from '../measures';
import { createOffice } from '../offices';
import { createUpdate } from '../updates';
import { previewImport } from './import-bundles';
import type { ImportFile } from './import-files';

/** An office with a measure and its update, exported, then the database emptied. */
async function exportedOffice() {
  const office = await createOffice(makeOfficeFields());
  const measure = await createMeasure(office.id, 2568, makeMeasureInput());
  await createUpdate(measure.id, makeUpdateInput());
  const bundle = await exportedBundle();
  await resetDb();
  return { bundle, officeId: office.id };
}

const readings: [string, (texts: string[], names: string[]) => ImportFile[]][] =
  [
    ['read whole', (texts, names) => wholeFiles(texts, names)],
    ['read in slices', (texts, names) => streamedFiles(texts, 32, names)],
  ];

describe.each(readings)('files %s, checked as one batch', (_, filesOf) => {
  beforeEach(resetDb);

  it('keeps measures whose office a later file brings', async () => {
    const { bundle, officeId } = await exportedOffice();
    const preview = await previewImport(
      filesOf(
        [
          signedText({ ...bundle, offices: [] }),
          signedText({ ...bundle, measures: [], updates: [] }),
        ],
        ['measures.json', 'office.json'],
      ),
    );
    expect(preview.invalid).toEqual([]);
    expect(preview.byOffice.get(officeId)).toMatchObject({ added: 3 });
  });

  it('leaves out a measure whose office is nowhere, and its updates with it', async () => {
    const { bundle } = await exportedOffice();
    const preview = await previewImport(
      filesOf([signedText({ ...bundle, offices: [] })], ['b.json']),
    );
    expect(preview.byOffice.size).toBe(0);
    expect(
      preview.invalid.map(({ file, record }) => [
        file,
        record.kind,
        record.problem,
      ]),
    ).toEqual([
      ['b.json', 'measures', 'unknownOffice'],
      ['b.json', 'updates', 'measureLeftOut'],
    ]);
  });

  it('keeps measures whose office is stored', async () => {
    const { bundle } = await exportedOffice();
    await db.offices.put(bundle.offices?.[0] as Office);
    const preview = await previewImport(
      filesOf([signedText({ ...bundle, offices: [] })], ['b.json']),
    );
    expect(preview.invalid).toEqual([]);
  });
});
