/**
 * The import runs here, off the page's thread: reading, checking and merging
 * a bundle of 100,000 records takes seconds (of 1,000,000, minutes), and the
 * page must stay usable. Progress is posted with its rate (records a second).
 * Dexie works in a worker; the page's live queries see the writes.
 */
import type { ImportLogEntry } from '@/db/app-db';

import type { Analyzed } from './analysis';
import {
  analyzeFiles,
  applyAnalyzed,
  type ImportPreview,
} from './analyze-files';
import { progressMeter, type Progress } from './progress-meter';

export type ToWorker = { type: 'analyze'; files: File[] } | { type: 'apply' };

export type FromWorker =
  | ({ type: 'progress' } & Progress)
  | { type: 'analyzed'; preview: ImportPreview }
  | { type: 'applied'; entry: ImportLogEntry }
  | { type: 'failed'; name: string; message: string; inner?: string };

let analyzed: Analyzed | undefined;

const post = (message: FromWorker) => postMessage(message);

function failure(error: unknown): FromWorker {
  const {
    name = 'Error',
    message = String(error),
    inner,
  } = error as {
    name?: string;
    message?: string;
    inner?: { name?: string };
  };
  return {
    type: 'failed',
    name,
    message,
    ...(inner?.name ? { inner: inner.name } : {}),
  };
}

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const command = event.data;
  const run = async () => {
    const onProgress = progressMeter((progress) =>
      post({ type: 'progress', ...progress }),
    );
    if (command.type === 'analyze') {
      const result = await analyzeFiles(command.files, onProgress);
      analyzed = result.analyzed;
      post({ type: 'analyzed', preview: result.preview });
    } else {
      const nothing: Analyzed = { kind: 'whole', reads: [] };
      const entry = await applyAnalyzed(analyzed ?? nothing, onProgress);
      analyzed = undefined;
      post({ type: 'applied', entry });
    }
  };
  run().catch((error: unknown) => post(failure(error)));
});
