/**
 * Generates a scale's data set, deterministically from a seed, and saves it
 * as a bundle file (and the same records as part files for the baseline).
 * Up to the province scale the records are also kept in memory and signed by
 * the app's own createBundle, to prove the streamed file is the same bundle.
 */
import { createBundle, type BundleContent } from '@/bundle/create-bundle';

import type { Generated } from '../shared/bench-api';
import { SCALES, type ScaleName } from '../shared/scales';
import { composeBundle, partWriter } from './bundle-parts';
import { makeOfficeRecords } from './office-records';
import { seededRandom } from './random';

export const BUNDLE_FILE = 'bench-bundle.json';
export const PARTS_PREFIX = 'bench-records';
const CHECK_UP_TO = 100_000;

const META = {
  exportedAt: '2026-10-05T03:12:00.000Z',
  source: { app: 'ita-tracker', appVersion: 'bench', device: 'npm run bench' },
};

/** The share of `total` that the `index`-th of `parts` gets. */
const share = (total: number, parts: number, index: number) =>
  Math.floor(total / parts) + (index < total % parts ? 1 : 0);

export async function generate(
  name: ScaleName,
  seed: number,
): Promise<Generated> {
  const started = performance.now();
  const scale = SCALES[name];
  const rng = seededRandom(seed);
  const writer = await partWriter(PARTS_PREFIX);
  const kept: BundleContent['records'] = {
    offices: [],
    measures: [],
    updates: [],
  };
  const keep = scale.updates <= CHECK_UP_TO;
  for (let i = 0; i < scale.offices; i++) {
    const records = makeOfficeRecords(
      rng,
      scale.measuresPerOffice,
      share(scale.updates, scale.offices, i),
    );
    await writer.add('offices', records.office);
    for (const measure of records.measures)
      await writer.add('measures', measure);
    for (const update of records.updates) await writer.add('updates', update);
    if (!keep) continue;
    kept.offices.push(records.office);
    kept.measures.push(...records.measures);
    kept.updates.push(...records.updates);
  }
  const parts = await writer.close();
  const officeIds = await officeIdsOf(parts.offices);
  const meta = { ...META, scope: { offices: officeIds, fiscalYears: [] } };
  const { file, sha256 } = await composeBundle(BUNDLE_FILE, parts, meta);
  if (keep) {
    const signed = createBundle({ ...meta, records: kept, conflicts: [] });
    if (signed.sha256 !== sha256)
      throw new Error('Streamed bundle differs from createBundle');
  }
  return {
    scale: name,
    offices: scale.offices,
    measures: scale.offices * scale.measuresPerOffice,
    updates: scale.updates,
    bundleBytes: file.size,
    ms: performance.now() - started,
  };
}

/** The offices' ids in file order, read back from their part file (small). */
async function officeIdsOf(part: File): Promise<string[]> {
  const text = await part.text();
  return text
    .split('\n')
    .map((line) => (JSON.parse(line.replace(/^,/, '')) as { id: string }).id);
}
