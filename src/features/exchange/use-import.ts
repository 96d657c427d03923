import { useEffect, useRef, useState } from 'react';

import type { ImportLogEntry } from '@/db/app-db';
import type { TrustChoices } from '@/db/keys/trust-book';

import type { ImportPreview, Passphrases } from './analyze-files';
import { importErrorKey, type ImportErrorKey } from './import-error';
import type { FromWorker, ToWorker } from './import-worker';
import type { Progress } from './progress-meter';

export type ImportState =
  /** `cancelled`: an analysis was stopped, nothing was written. */
  | { step: 'idle'; cancelled?: boolean }
  | ({ step: 'working'; cancelling?: boolean } & Progress)
  /** `writeCancelled`: the write was stopped (aborted), nothing was written. */
  | { step: 'preview'; preview: ImportPreview; writeCancelled?: boolean }
  | { step: 'done'; preview: ImportPreview; entry: ImportLogEntry }
  | { step: 'failed'; error: ImportErrorKey };

const startOf = (phase: Progress['phase'], total: number): Progress => ({
  phase,
  done: 0,
  total,
  unit: 'files',
  perSecond: 0,
});

/**
 * Drives the import worker: analyze files → preview → apply, and cancel at
 * any step. An analysis writes nothing, so cancelling it ends the worker at
 * once; a write is asked to stop, and the worker aborts its transaction.
 */
export function useImport(onImported?: (officeIds: string[]) => void) {
  const worker = useRef<Worker | null>(null);
  const preview = useRef<ImportPreview | null>(null);
  const picked = useRef<File[]>([]);
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  useEffect(() => () => worker.current?.terminate(), []);

  const onReply = (reply: FromWorker) => {
    if (reply.type === 'progress') {
      const { type: _progress, ...progress } = reply;
      setState((s) => ({
        step: 'working',
        ...progress,
        cancelling: s.step === 'working' && s.cancelling,
      }));
    }
    if (reply.type === 'analyzed') {
      preview.current = reply.preview;
      setState({ step: 'preview', preview: reply.preview });
    }
    if (reply.type === 'cancelled' && preview.current)
      setState({
        step: 'preview',
        preview: preview.current,
        writeCancelled: true,
      });
    if (reply.type === 'applied' && preview.current) {
      setState({
        step: 'done',
        preview: preview.current,
        entry: reply.entry,
      });
      onImported?.(reply.entry.officeIds);
    }
    if (reply.type === 'failed') {
      console.error(reply);
      setState({ step: 'failed', error: importErrorKey(reply) });
    }
  };

  const send = (message: ToWorker) => {
    worker.current ??= new Worker(
      new URL('./import-worker.ts', import.meta.url),
      {
        type: 'module',
      },
    );
    worker.current.onmessage = (event: MessageEvent<FromWorker>) =>
      onReply(event.data);
    // The worker died without a word (out of memory): nothing was written.
    worker.current.onerror = (event) => {
      console.error(event);
      worker.current?.terminate();
      worker.current = null;
      setState({
        step: 'failed',
        error: importErrorKey({ name: 'Error', crashed: true }),
      });
    };
    worker.current.postMessage(message);
  };

  const cancel = () => {
    if (state.step !== 'working') return;
    if (state.phase === 'write') {
      setState({ ...state, cancelling: true });
      send({ type: 'cancel' });
      return;
    }
    worker.current?.terminate();
    worker.current = null;
    setState({ step: 'idle', cancelled: true });
  };

  return {
    state,
    analyze: (files: File[]) => {
      picked.current = files;
      setState({ step: 'working', ...startOf('read', files.length) });
      send({ type: 'analyze', files });
    },
    /** Reads the same files again, the encrypted ones with their passphrases. */
    decrypt: (passphrases: Passphrases) => {
      const files = picked.current;
      setState({ step: 'working', ...startOf('read', files.length) });
      send({ type: 'analyze', files, passphrases });
    },
    apply: (choices: TrustChoices) => {
      // The write shows (and can be cancelled) before its first progress.
      setState({ step: 'working', ...startOf('write', 1) });
      send({ type: 'apply', choices });
    },
    cancel,
    reset: () => setState({ step: 'idle' }),
  };
}
