import { useEffect, useRef, useState } from 'react';

import type { ImportLogEntry } from '@/db/app-db';
import { saveErrorKey, type SaveErrorKey } from '@/ui/error-message';

import type { ImportPreview } from './analyze-files';
import type { FromWorker, ToWorker } from './import-worker';
import type { Progress } from './progress-meter';

export type ImportState =
  | { step: 'idle' }
  | ({ step: 'working' } & Progress)
  | { step: 'preview'; preview: ImportPreview }
  | { step: 'done'; preview: ImportPreview; entry: ImportLogEntry }
  | { step: 'failed'; error: SaveErrorKey };

/** Drives the import worker: analyze files → preview → apply (or cancel). */
export function useImport(onImported?: (officeIds: string[]) => void) {
  const worker = useRef<Worker | null>(null);
  const preview = useRef<ImportPreview | null>(null);
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  useEffect(() => () => worker.current?.terminate(), []);

  const send = (message: ToWorker) => {
    worker.current ??= new Worker(
      new URL('./import-worker.ts', import.meta.url),
      {
        type: 'module',
      },
    );
    worker.current.onmessage = (event: MessageEvent<FromWorker>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        const { type: _progress, ...progress } = reply;
        setState({ step: 'working', ...progress });
      }
      if (reply.type === 'analyzed') {
        preview.current = reply.preview;
        setState({ step: 'preview', preview: reply.preview });
      }
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
        const error = {
          name: reply.name,
          inner: reply.inner ? { name: reply.inner } : undefined,
        };
        setState({ step: 'failed', error: saveErrorKey(error) });
      }
    };
    worker.current.postMessage(message);
  };

  return {
    state,
    analyze: (files: File[]) => {
      setState({
        step: 'working',
        phase: 'read',
        done: 0,
        total: files.length,
        unit: 'files',
        perSecond: 0,
      });
      send({ type: 'analyze', files });
    },
    apply: () => send({ type: 'apply' }),
    reset: () => setState({ step: 'idle' }),
  };
}
