/**
 * Analysis of a batch with a large file, read in slices: each file opened
 * (envelope, checksum, what the whole list holds) through a synchronous
 * reader of its bytes, then previewed slice by slice. Nothing is kept but
 * the files' bytes (Blobs, which the browser may keep on disk) and ids.
 */
import { openBundle } from '@/bundle/stream/open-bundle';
import {
  previewStreamed,
  type StreamedFile,
} from '@/db/exchange/streamed-import';

import type {
  Analyzed,
  FileOutcome,
  ImportPreview,
  Loaded,
  OnProgress,
} from './analysis';
import { refused } from './analysis';
import { blobSource } from './blob-source';
import { officePreviews } from './office-previews';

export async function analyzeStreamed(
  loaded: readonly Loaded[],
  onProgress: OnProgress,
): Promise<{ preview: ImportPreview; analyzed: Analyzed }> {
  const outcomes: FileOutcome[] = [];
  const files: StreamedFile[] = [];
  for (const { name, bytes, outcome } of loaded) {
    if (!bytes) {
      if (outcome) outcomes.push(outcome);
      continue;
    }
    try {
      const opened = openBundle(blobSource(bytes), (done, total) =>
        onProgress('check', done, total, 'bytes'),
      );
      files.push({ name, opened });
      const { offices, measures, updates } = opened.ids;
      outcomes.push({
        name,
        records: offices.size + measures.size + updates.size,
      });
    } catch (error) {
      outcomes.push(refused(name, error));
    }
  }
  const preview = await previewStreamed(files, {
    onRecords: (done, total) => onProgress('plan', done, total, 'records'),
  });
  return {
    preview: {
      files: outcomes,
      offices: await officePreviews(preview.byOffice, preview.officeNames),
      invalid: preview.invalid,
    },
    analyzed: { kind: 'streamed', files },
  };
}
