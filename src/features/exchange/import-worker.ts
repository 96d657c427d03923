/**
 * The import runs here, off the page's thread: reading, checking and merging
 * a bundle of 100,000 records takes seconds (of 1,000,000, minutes), and the
 * page must stay usable. Progress is posted with its rate (records a second).
 * Dexie works in a worker; the page's live queries see the writes.
 */
import type { ImportLogEntry } from '@/db/app-db';
import type { TrustChoices } from '@/db/keys/trust-book';

import type { Analyzed } from './analysis';
import {
  analyzeFiles,
  applyAnalyzed,
  type ImportPreview,
  type Passphrases,
} from './analyze-files';
import { progressMeter, type Progress } from './progress-meter';

/**
 * `cancel` stops a write: its transaction is aborted and nothing is written
 * (the analysis is kept, to confirm again). An analysis, which writes
 * nothing, is stopped by ending the worker.
 */
export type ToWorker =
  | { type: 'analyze'; files: File[]; passphrases?: Passphrases }
  | { type: 'apply'; choices: TrustChoices }
  | { type: 'cancel' };

export type FromWorker =
  | ({ type: 'progress' } & Progress)
  | { type: 'analyzed'; preview: ImportPreview }
  | { type: 'applied'; entry: ImportLogEntry }
  | { type: 'cancelled' }
  | { type: 'failed'; name: string; message: string; inner?: string };

let analyzed: Analyzed | undefined;
let writing: AbortController | undefined;

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

async function apply(
  choices: TrustChoices,
  onProgress: ReturnType<typeof progressMeter>,
) {
  const nothing: Analyzed = { files: [] };
  const cancel = new AbortController();
  writing = cancel;
  try {
    const entry = await applyAnalyzed(
      analyzed ?? nothing,
      choices,
      onProgress,
      cancel.signal,
    );
    analyzed = undefined;
    post({ type: 'applied', entry });
  } catch (error) {
    if (!cancel.signal.aborted) throw error;
    post({ type: 'cancelled' });
  } finally {
    writing = undefined;
  }
}

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const command = event.data;
  if (command.type === 'cancel') {
    writing?.abort();
    return;
  }
  const run = async () => {
    const onProgress = progressMeter((progress) =>
      post({ type: 'progress', ...progress }),
    );
    if (command.type === 'analyze') {
      const result = await analyzeFiles(
        command.files,
        onProgress,
        command.passphrases,
      );
      analyzed = result.analyzed;
      post({ type: 'analyzed', preview: result.preview });
    } else await apply(command.choices, onProgress);
  };
  run().catch((error: unknown) => post(failure(error)));
});
