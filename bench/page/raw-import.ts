import type { Timed } from '../shared/bench-api';
import { PARTS_PREFIX } from './generate';
import { opfsFile } from './opfs';
import type { RawPutRequest } from './raw-put-worker';

/** Runs the raw-put baseline in a worker, like the app's import. */
export async function rawImport(): Promise<Timed> {
  const parts: RawPutRequest = {
    offices: await opfsFile(`${PARTS_PREFIX}-offices.part`),
    measures: await opfsFile(`${PARTS_PREFIX}-measures.part`),
    updates: await opfsFile(`${PARTS_PREFIX}-updates.part`),
  };
  const worker = new Worker(new URL('./raw-put-worker.ts', import.meta.url), {
    type: 'module',
  });
  try {
    return await new Promise<Timed>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<Timed | { error: string }>) => {
        const reply = event.data;
        if ('error' in reply) reject(new Error(reply.error));
        else resolve(reply);
      };
      worker.postMessage(parts);
    });
  } finally {
    worker.terminate();
  }
}
