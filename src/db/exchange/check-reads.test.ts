import { beforeEach, describe, expect, it } from 'vitest';

import { parseJson, readBundle } from '@/bundle/read-bundle';
import type { Office } from '@/domain/types';
import { exportedBundle, signedText } from '@/testing/bundle-files';
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
import { checkReads } from './check-reads';

const read = (file: string, bundle: object) => ({
  file,
  read: readBundle(parseJson(signedText(bundle))),
});

/** An office with a measure and its update, exported, then the database emptied. */
async function exportedOffice() {
  const office = await createOffice(makeOfficeFields());
  const measure = await createMeasure(office.id, 2568, makeMeasureInput());
  await createUpdate(measure.id, makeUpdateInput());
  const bundle = await exportedBundle();
  await resetDb();
  return bundle;
}

describe('files read whole, checked as one batch', () => {
  beforeEach(resetDb);

  it('keeps measures whose office a later file brings', async () => {
    const bundle = await exportedOffice();
    const [measures, office] = await checkReads([
      read('measures.json', { ...bundle, offices: [] }),
      read('office.json', { ...bundle, measures: [], updates: [] }),
    ]);
    expect(measures?.file).toBe('measures.json');
    expect(measures?.read.records.measures).toHaveLength(1);
    expect(measures?.read.records.updates).toHaveLength(1);
    expect(measures?.read.invalid).toEqual([]);
    expect(office?.read.records.offices).toHaveLength(1);
  });

  it('leaves out a measure whose office is nowhere, and its updates with it', async () => {
    const bundle = await exportedOffice();
    const [orphans] = await checkReads([
      read('b.json', { ...bundle, offices: [] }),
    ]);
    expect(orphans?.read.records.measures).toEqual([]);
    expect(orphans?.read.records.updates).toEqual([]);
    expect(orphans?.read.invalid.map((r) => [r.kind, r.problem])).toEqual([
      ['measures', 'unknownOffice'],
      ['updates', 'measureLeftOut'],
    ]);
  });

  it('keeps measures whose office is stored', async () => {
    const bundle = await exportedOffice();
    await db.offices.put(bundle.offices?.[0] as Office);
    const [measures] = await checkReads([
      read('b.json', { ...bundle, offices: [] }),
    ]);
    expect(measures?.read.invalid).toEqual([]);
  });
});
