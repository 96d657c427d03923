/**
 * Analysis of a batch with a large file, read in slices: each file opened
 * (envelope, checksum, what the whole list holds) through a synchronous
 * reader of its bytes, then previewed slice by slice. Nothing is kept but
 * the files' bytes (Blobs, which the browser may keep on disk) and ids.
 */
import { openBundle } from '@/bundle/stream/open-bundle';
import type { StreamedFile } from '@/db/exchange/file-slices';
import { previewStreamed } from '@/db/exchange/streamed-import';

import type { Analyzed, ImportPreview, Loaded, OnProgress } from './analysis';
import { openEach } from './analysis';
import { blobSource } from './blob-source';
import { officePreviews } from './office-previews';

export async function analyzeStreamed(
  loaded: readonly Loaded[],
  onProgress: OnProgress,
): Promise<{ preview: ImportPreview; analyzed: Analyzed }> {
  const { outcomes, opened: files } = await openEach<StreamedFile>(
    loaded,
    async (name, bytes) => {
      const opened = openBundle(blobSource(bytes), (done, total) =>
        onProgress('check', done, total, 'bytes'),
      );
      const { offices, measures, updates } = opened.ids;
      const records = offices.size + measures.size + updates.size;
      return { value: { name, opened }, records };
    },
  );
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
