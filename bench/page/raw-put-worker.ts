/**
 * The baseline of the import: every record of the bundle put into plain
 * IndexedDB, one row per record, in one transaction. Up to the province
 * scale the records are all in memory before the clock starts (as in
 * STACK.md's baselines); beyond, they are read from disk in chunks while
 * earlier chunks are written, and that reading counts (phase "read").
 */
import type { RecordKind as AnyKind } from '@/bundle/record-schemas';

/** The kinds the bench data has: no deadlines, report texts or approvals. */
type RecordKind = Extract<AnyKind, 'offices' | 'measures' | 'updates'>;

import type { Timed } from '../shared/bench-api';
import { committed, openFreshRaw, RECORD_STORES } from './raw-idb';
import { recordChunks } from './record-lines';

export type RawPutRequest = Record<RecordKind, File>;

const IN_MEMORY_UP_TO = 256 * 1024 * 1024;
const CHUNK_BYTES = 8 * 1024 * 1024;

type Chunk = { kind: RecordKind; records: unknown[] };

function* chunksOf(parts: RawPutRequest, chunkBytes: number): Generator<Chunk> {
  for (const kind of RECORD_STORES)
    for (const records of recordChunks(parts[kind], chunkBytes))
      yield { kind, records };
}

async function putAll(parts: RawPutRequest): Promise<Timed> {
  const total = RECORD_STORES.reduce((sum, kind) => sum + parts[kind].size, 0);
  const inMemory = total <= IN_MEMORY_UP_TO;
  const ready = inMemory ? [...chunksOf(parts, total + 1)] : [];
  const chunks = inMemory ? ready.values() : chunksOf(parts, CHUNK_BYTES);
  const db = await openFreshRaw();
  const started = performance.now();
  const tx = db.transaction([...RECORD_STORES], 'readwrite');
  let read = 0;
  let count = 0;
  // Two chunks in flight: the next is read while the database writes one.
  const issue = () => {
    const before = performance.now();
    const next = chunks.next();
    read += performance.now() - before;
    if (next.done) return;
    const store = tx.objectStore(next.value.kind);
    let last: IDBRequest | undefined;
    for (const record of next.value.records) last = store.put(record);
    count += next.value.records.length;
    if (last) last.onsuccess = issue;
    else issue();
  };
  issue();
  issue();
  await committed(tx);
  const ms = performance.now() - started;
  db.close();
  return { ms, count, phases: inMemory ? {} : { read } };
}

addEventListener('message', (event: MessageEvent<RawPutRequest>) => {
  putAll(event.data).then(
    (result) => postMessage(result),
    (error: unknown) => postMessage({ error: String(error) }),
  );
});
