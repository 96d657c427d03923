/**
 * The import through the app's real path: its own import worker
 * (features/exchange/import-worker.ts) reads, checks and plans the bundle
 * (the preview), then writes it, on an emptied app database, as a first
 * import of a consolidator would. The clock runs from the file handed to
 * the worker until the worker says it is written; the time the preview
 * would wait for a person's click is not there.
 */
import { db } from '@/db/app-db';
import type { FromWorker, ToWorker } from '@/features/exchange/import-worker';

import type { Phases, Timed } from '../shared/bench-api';
import { BUNDLE_FILE } from './generate';
import { opfsFile } from './opfs';

type Reply<T extends FromWorker['type']> = Extract<FromWorker, { type: T }>;

/** Sends a command and collects progress until the reply of `type` comes. */
function exchange<T extends FromWorker['type']>(
  worker: Worker,
  command: ToWorker,
  type: T,
  onProgress: (reply: Reply<'progress'>) => void,
): Promise<Reply<T>> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply);
      else if (reply.type === type) resolve(reply as Reply<T>);
      else
        reject(
          new Error(`import worker: ${JSON.stringify(reply).slice(0, 300)}`),
        );
    };
    worker.postMessage(command);
  });
}

/** Time spent in each phase the worker reports, from the moment it reports it. */
function phaseClock(started: number) {
  const phases: Phases = {};
  let current = 'start';
  let since = started;
  const enter = (phase: string) => {
    if (phase === current) return;
    const now = performance.now();
    phases[current] = (phases[current] ?? 0) + now - since;
    current = phase;
    since = now;
  };
  return { phases, enter };
}

export async function appImport(): Promise<Timed> {
  await db.delete();
  const file = await opfsFile(BUNDLE_FILE);
  const started = performance.now();
  const clock = phaseClock(started);
  const worker = new Worker(
    new URL('../../src/features/exchange/import-worker.ts', import.meta.url),
    { type: 'module' },
  );
  try {
    const onProgress = (reply: Reply<'progress'>) => clock.enter(reply.phase);
    const { preview } = await exchange(
      worker,
      { type: 'analyze', files: [file] },
      'analyzed',
      onProgress,
    );
    const failed = preview.files.find((f) => f.error);
    if (failed)
      throw new Error(`bundle refused: ${JSON.stringify(failed.error)}`);
    clock.enter('apply');
    const { entry } = await exchange(
      worker,
      // The generated bundle is unsigned: acknowledged, as a person would.
      { type: 'apply', choices: { keys: [], unsignedFiles: [file.name] } },
      'applied',
      onProgress,
    );
    clock.enter('end');
    return {
      ms: performance.now() - started,
      phases: clock.phases,
      count: entry.counts.added,
    };
  } finally {
    worker.terminate();
  }
}
