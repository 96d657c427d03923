/**
 * Analysis of files read whole: each parsed and read (readBundle), checked
 * against the database and every file of the batch, then planned.
 */
import { BundleError } from '@/bundle/bundle-error';
import { parseJson, readBundle } from '@/bundle/read-bundle';
import { checkReads } from '@/db/exchange/check-reads';
import { planImport, type NamedRead } from '@/db/exchange/plan-import';

import type { Analyzed, ImportPreview, Loaded, OnProgress } from './analysis';
import { openEach } from './analysis';
import { officePreviews } from './office-previews';

async function readWhole(bytes: Blob) {
  const data = new Uint8Array(await bytes.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new BundleError('notUtf8');
  }
  return readBundle(parseJson(text));
}

export async function analyzeWhole(
  loaded: readonly Loaded[],
  onProgress: OnProgress,
): Promise<{ preview: ImportPreview; analyzed: Analyzed }> {
  const { outcomes, opened: reads } = await openEach<NamedRead>(
    loaded,
    async (name, bytes) => {
      const read = await readWhole(bytes);
      const { offices, measures, updates } = read.records;
      const records = offices.length + measures.length + updates.length;
      return { value: { file: name, read }, records };
    },
  );
  onProgress('check', 0, reads.length, 'files');
  const checked = await checkReads(reads);
  onProgress('plan', 0, checked.length, 'files');
  const plan = await planImport(checked);
  const names = new Map<string, string>();
  for (const { read } of checked)
    for (const o of read.records.offices) names.set(o.id, o.name);
  return {
    preview: {
      files: outcomes,
      offices: await officePreviews(plan.byOffice, names),
      invalid: plan.invalid,
    },
    analyzed: { kind: 'whole', reads: checked },
  };
}
