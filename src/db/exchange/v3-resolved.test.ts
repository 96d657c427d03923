// The real version-3 file whose resolved measure has two parents, imported:
// whole or in slices, it is stored in chain form with its tombstones, no
// conflict is open, an old side arriving later reopens none, and what this
// device exports then is what another device ends with.
import { readFileSync } from 'node:fs';

import { beforeEach, describe, expect, it } from 'vitest';

import { chainForm } from '@/bundle/chain-form';
import { BUNDLE_VERSION } from '@/bundle/envelope';
import { isRevChain } from '@/domain/revision';
import type { Measure } from '@/domain/types';
import {
  exportedText,
  signedText,
  streamedFiles,
  wholeFiles,
} from '@/testing/bundle-files';
import { resetDb } from '@/testing/reset-db';

import { db } from '../app-db';
import { listConflicts } from '../conflicts';
import { openConflictCount } from '../measure-conflicts';
import { allStoredUpdates } from '../update-groups';
import { applyImport, previewImport } from './import-bundles';

const v3Text = readFileSync(
  new URL('../../bundle/fixtures/bundle-v3-resolved.json', import.meta.url),
  'utf8',
);
const v3 = JSON.parse(v3Text) as Record<string, unknown> & {
  measures: Measure[];
};
const resolved = v3.measures.find((m) => m.revs.length > 1)!;

async function stored() {
  const [offices, measures, updates, conflicts] = await Promise.all([
    db.offices.toArray(),
    db.measures.toArray(),
    allStoredUpdates(),
    db.conflicts.toArray(),
  ]);
  return { offices, measures, updates, conflicts };
}

describe('a version-3 file with a resolution of two parents, imported', () => {
  beforeEach(resetDb);

  it('is stored in chain form, with its tombstones and no open conflict, whole or in slices alike', async () => {
    await applyImport(wholeFiles([v3Text]));
    const whole = await stored();
    const { record, tombstones } = chainForm(resolved);
    expect(whole.measures.find((m) => m.id === resolved.id)).toEqual(record);
    expect(whole.conflicts.map((row) => row.record)).toEqual(
      expect.arrayContaining(tombstones),
    );
    expect(whole.conflicts).toHaveLength(tombstones.length);
    const versions = [
      ...whole.offices,
      ...whole.measures,
      ...whole.updates,
      ...whole.conflicts.map((row) => row.record),
    ];
    for (const v of versions) expect(isRevChain(v.rev, v.revs)).toBe(true);
    expect(await openConflictCount()).toBe(0);
    expect(await listConflicts()).toEqual([]);

    await resetDb();
    await applyImport(streamedFiles([v3Text], 64), { sliceBytes: 2_000 });
    const sliced = await stored();
    expect(sliced.measures).toEqual(whole.measures);
    expect(sliced.updates).toEqual(whole.updates);
    expect(sliced.conflicts.map((r) => r.record)).toEqual(
      whole.conflicts.map((r) => r.record),
    );
  });

  it('an old side arriving later is older than what is stored: no conflict reopens', async () => {
    await applyImport(wholeFiles([v3Text]));
    // The side that lost in version 3, as an old file of the other laptop
    // still carries it: one of the generation-2 revs, on top of generation 1.
    const [, , loserRev, firstRev] = resolved.revs as string[];
    const oldSide = {
      ...resolved,
      title: 'ฉบับที่แพ้',
      rev: loserRev!,
      revs: [firstRev!],
    };
    const old = { ...v3, measures: [oldSide], updates: [], sha256: undefined };
    const plan = await previewImport(wholeFiles([signedText(old)]));
    expect(plan.byOffice.get(resolved.officeId)).toMatchObject({
      stale: 1,
      conflict: 0,
    });
    await applyImport(wholeFiles([signedText(old)]));
    expect(await openConflictCount()).toBe(0);
  });

  it('exported again, ends another device with the same data', async () => {
    await applyImport(wholeFiles([v3Text]));
    const here = await stored();
    const exported = await exportedText();
    expect(JSON.parse(exported)).toMatchObject({ version: BUNDLE_VERSION });
    await resetDb();
    await applyImport(wholeFiles([exported]));
    const there = await stored();
    expect(there.measures).toEqual(here.measures);
    expect(there.updates).toEqual(here.updates);
    expect(there.conflicts.map((r) => r.record)).toEqual(
      here.conflicts.map((r) => r.record),
    );
    // And the version-3 file once more changes nothing.
    const again = await previewImport(wholeFiles([v3Text]));
    for (const counts of again.byOffice.values())
      expect(counts).toMatchObject({ added: 0, updated: 0, conflict: 0 });
  });
});
