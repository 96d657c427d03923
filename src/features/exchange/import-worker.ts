/**
 * The import runs here, off the page's thread: reading, checking and merging
 * a bundle of 100,000 records takes seconds, and the page must stay usable.
 * Dexie works in a worker; the page's live queries see the writes.
 */
import type { ImportLogEntry } from '@/db/app-db';
import { applyImport } from '@/db/exchange/apply-import';
import type { NamedRead } from '@/db/exchange/plan-import';

import { analyzeFiles, type ImportPreview, type Phase } from './analyze-files';

export type ToWorker = { type: 'analyze'; files: File[] } | { type: 'apply' };

export type FromWorker =
  | { type: 'progress'; phase: Phase; done: number; total: number }
  | { type: 'analyzed'; preview: ImportPreview }
  | { type: 'applied'; entry: ImportLogEntry }
  | { type: 'failed'; name: string; message: string; inner?: string };

let analyzed: NamedRead[] = [];

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
    if (command.type === 'analyze') {
      const { preview, reads } = await analyzeFiles(
        command.files,
        (phase, done, total) => post({ type: 'progress', phase, done, total }),
      );
      analyzed = reads;
      post({ type: 'analyzed', preview });
    } else {
      post({ type: 'progress', phase: 'write', done: 0, total: 1 });
      const entry = await applyImport(analyzed);
      analyzed = [];
      post({ type: 'applied', entry });
    }
  };
  run().catch((error: unknown) => post(failure(error)));
});
