/**
 * The import pipeline up to the preview: read each file, check it, and plan
 * the merge against the database. Runs in the import worker; nothing here
 * writes. A file that cannot be read is reported alone; the others go on.
 */
import { BundleError, type BundleErrorReason } from '@/bundle/bundle-error';
import { parseJson, readBundle } from '@/bundle/read-bundle';
import type { InvalidRecord } from '@/bundle/record-problems';
import { checkReferences } from '@/bundle/references';
import { db } from '@/db/app-db';
import {
  planImport,
  type Counts,
  type NamedRead,
} from '@/db/exchange/plan-import';
import { loadKnownIds } from '@/db/exchange/stored-leaves';

import { readFileText } from './read-file';

export type Phase = 'read' | 'check' | 'plan' | 'write';
export type OnProgress = (phase: Phase, done: number, total: number) => void;

export interface FileOutcome {
  name: string;
  records: number;
  error?: {
    reason: BundleErrorReason;
    details: Record<string, string | number>;
  };
}

export interface OfficePreview {
  officeId: string;
  name: string;
  counts: Counts;
}

export interface ImportPreview {
  files: FileOutcome[];
  offices: OfficePreview[];
  invalid: { file: string; record: InvalidRecord }[];
}

async function readOne(file: File): Promise<NamedRead> {
  const text = await readFileText(file);
  return { file: file.name, read: readBundle(parseJson(text)) };
}

async function officeNames(
  reads: readonly NamedRead[],
  ids: readonly string[],
) {
  const names = new Map<string, string>();
  for (const { read } of reads)
    for (const o of read.records.offices) names.set(o.id, o.name);
  const stored = await db.offices.bulkGet(ids.filter((id) => !names.has(id)));
  for (const office of stored) if (office) names.set(office.id, office.name);
  return names;
}

export async function analyzeFiles(
  files: readonly File[],
  onProgress: OnProgress,
): Promise<{ preview: ImportPreview; reads: NamedRead[] }> {
  const outcomes: FileOutcome[] = [];
  const reads: NamedRead[] = [];
  for (const [i, file] of files.entries()) {
    onProgress('read', i, files.length);
    try {
      const named = await readOne(file);
      reads.push(named);
      const { offices, measures, updates } = named.read.records;
      outcomes.push({
        name: file.name,
        records: offices.length + measures.length + updates.length,
      });
    } catch (error) {
      if (!(error instanceof BundleError)) throw error;
      outcomes.push({
        name: file.name,
        records: 0,
        error: { reason: error.reason, details: error.details },
      });
    }
  }
  onProgress('check', 0, reads.length);
  // References are checked against the database and every file of the batch;
  // a measure whose office is nowhere is left out, so nothing can refer to it.
  const known = await loadKnownIds();
  for (const { read } of reads)
    for (const office of read.records.offices) known.offices.add(office.id);
  for (const { read } of reads)
    for (const measure of read.records.measures)
      if (known.offices.has(measure.officeId)) known.measures.add(measure.id);
  const checked = reads.map(({ file, read }) => ({
    file,
    read: checkReferences(read, known),
  }));
  onProgress('plan', 0, checked.length);
  const plan = await planImport(checked);
  const names = await officeNames(checked, [...plan.byOffice.keys()]);
  const offices = [...plan.byOffice].map(([officeId, counts]) => ({
    officeId,
    name: names.get(officeId) ?? officeId,
    counts,
  }));
  return {
    preview: { files: outcomes, offices, invalid: plan.invalid },
    reads: checked,
  };
}
