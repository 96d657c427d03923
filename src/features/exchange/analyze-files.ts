/**
 * The import pipeline up to the preview: read each file, check it, and plan
 * the merge against the database. Runs in the import worker; nothing here
 * writes. A file picked twice is read once; a file that cannot be read is
 * reported alone, and the others go on.
 * Files up to WHOLE_UP_TO are read whole (analyze-whole.ts); a batch with a
 * larger one is read in slices (analyze-streamed.ts), in bounded memory.
 */
import type { ImportLogEntry } from '@/db/app-db';
import { applyImport } from '@/db/exchange/apply-import';
import { applyStreamed } from '@/db/exchange/streamed-import';

import {
  refused,
  type Analyzed,
  type ImportPreview,
  type Loaded,
  type OnProgress,
} from './analysis';
import { analyzeStreamed } from './analyze-streamed';
import { analyzeWhole } from './analyze-whole';
import { distinctFiles } from './distinct-files';
import { bundleBytes, WHOLE_UP_TO } from './read-file';

export type {
  FileOutcome,
  ImportPreview,
  OfficePreview,
  Phase,
  ProgressUnit,
} from './analysis';

async function load(picked: readonly File[], onProgress: OnProgress) {
  const loaded: Loaded[] = [];
  const files = await distinctFiles(picked);
  for (const [i, file] of files.entries()) {
    onProgress('read', i, files.length, 'files');
    try {
      loaded.push({ name: file.name, bytes: await bundleBytes(file) });
    } catch (error) {
      loaded.push({ name: file.name, outcome: refused(file.name, error) });
    }
  }
  return loaded;
}

export async function analyzeFiles(
  files: readonly File[],
  onProgress: OnProgress,
): Promise<{ preview: ImportPreview; analyzed: Analyzed }> {
  const loaded = await load(files, onProgress);
  const large = loaded.some((l) => (l.bytes?.size ?? 0) > WHOLE_UP_TO);
  return large
    ? analyzeStreamed(loaded, onProgress)
    : analyzeWhole(loaded, onProgress);
}

/** Writes what was analyzed, in one transaction; `signal` aborts it. */
export async function applyAnalyzed(
  analyzed: Analyzed,
  onProgress: OnProgress,
  signal?: AbortSignal,
): Promise<ImportLogEntry> {
  if (analyzed.kind === 'whole') {
    onProgress('write', 0, 1, 'files');
    return applyImport(analyzed.reads, signal);
  }
  return applyStreamed(analyzed.files, {
    onRecords: (done, total) => onProgress('write', done, total, 'records'),
    signal,
  });
}
