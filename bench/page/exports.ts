/**
 * Export of everything through the app (gatherExport, then the file the
 * download would save, without the click) against its limit: raw getAll of
 * the same tables and JSON.stringify. And the dashboard's limit: raw getAll
 * of every update. Both read the app's own database as it stores them (the
 * updates a row per measure, schema v4), so the limit is the browser's for
 * that storage, not for a slower one.
 */
import type { TextSink } from '@/bundle/bundle-file';
import { db } from '@/db/app-db';
import { gatherExportFile } from '@/db/exchange/gather-export';
import { bundleBlob } from '@/features/exchange/download';
import { workerSink } from '@/features/exchange/worker-sink';

import type { Timed } from '../shared/bench-api';
import { APP_DB, done, openExisting } from './raw-idb';

/** The tables an export of everything reads (gather-export.ts). */
const EXPORTED = ['offices', 'measures', 'updateGroups', 'conflicts'];

/** The app's sink, noting when the last text reached it. */
function timedSink(sink: TextSink) {
  const at = { finish: 0 };
  const timed: TextSink = {
    write: (text) => sink.write(text),
    abort: () => sink.abort(),
    finish: () => {
      at.finish = performance.now();
      return sink.finish();
    },
  };
  return { timed, at };
}

export async function appExport(): Promise<Timed> {
  if (!db.isOpen()) await db.open();
  const { timed, at } = timedSink(workerSink());
  const started = performance.now();
  const { file: json } = await gatherExportFile(
    { kind: 'all' },
    {
      exportedAt: new Date().toISOString(),
      appVersion: 'bench',
      device: 'npm run bench',
    },
    timed,
  );
  const gathered = performance.now();
  const file = await bundleBlob(json, false);
  const ended = performance.now();
  return {
    ms: ended - started,
    phases: {
      'read and serialize': at.finish - started,
      'encode and hash (rest)': gathered - at.finish,
      file: ended - gathered,
    },
    bytes: file.size,
  };
}

async function timedGetAll(stores: readonly string[]) {
  const raw = await openExisting(APP_DB);
  try {
    const started = performance.now();
    const tx = raw.transaction([...stores], 'readonly');
    const rows = await Promise.all(
      stores.map((s) => done(tx.objectStore(s).getAll())),
    );
    return { started, rows };
  } finally {
    raw.close();
  }
}

export async function rawExport(): Promise<Timed> {
  const { started, rows } = await timedGetAll(EXPORTED);
  const text = JSON.stringify(
    Object.fromEntries(EXPORTED.map((s, i) => [s, rows[i]])),
  );
  const ms = performance.now() - started;
  return { ms, bytes: new Blob([text]).size };
}

export async function rawReadUpdates(): Promise<Timed> {
  const { started, rows } = await timedGetAll(['updateGroups']);
  const groups = (rows[0] ?? []) as { updates: unknown[] }[];
  const count = groups.reduce((sum, group) => sum + group.updates.length, 0);
  return { ms: performance.now() - started, count };
}
