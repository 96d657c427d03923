/**
 * A TextSink (bundle/bundle-file.ts) that encodes and hashes in a worker, so
 * an export's serializing and encoding run on two cores at once. Where
 * workers are missing, the same work is done in this thread.
 */
import {
  textSink,
  type EncodedText,
  type TextSink,
} from '@/bundle/bundle-file';

import type { FromHashWorker, ToHashWorker } from './hash-worker';

export function workerSink(): TextSink {
  if (typeof Worker === 'undefined') return textSink();
  const worker = new Worker(new URL('./hash-worker.ts', import.meta.url), {
    type: 'module',
  });
  const send = (message: ToHashWorker) => worker.postMessage(message);
  // An error in the worker (out of memory while encoding) ends the export.
  const failed = new Promise<never>((_, reject) => {
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'the export worker failed'));
    };
  });
  failed.catch(() => undefined);
  return {
    write: (text) => send({ text }),
    finish() {
      const done = new Promise<EncodedText>((resolve, reject) => {
        worker.onmessage = ({ data }: MessageEvent<FromHashWorker>) => {
          if (data.ok) resolve(data.encoded);
          else reject(new Error(data.message));
        };
      });
      send({ finish: true });
      return Promise.race([done, failed]).finally(() => worker.terminate());
    },
    abort: () => worker.terminate(),
  };
}
