/**
 * The files of a streamed import, slice after slice: what the preview and
 * the write share (streamed-import.ts). Which ids may be met twice, which
 * tables are empty, and the loop that plans each slice while the one before
 * is written.
 */
import { RECORD_KINDS, type RecordKind } from '@/bundle/record-schemas';
import type { OpenedBundle } from '@/bundle/stream/open-bundle';
import { knownIdsWith, readSlices } from '@/bundle/stream/read-slices';

import { noneStored } from '../record-kinds';
import {
  planImport,
  type ImportPlan,
  type LoadLeaves,
  type NamedRead,
} from './plan-import';
import { loadKnownIds } from './stored-leaves';

export interface StreamedFile {
  name: string;
  opened: OpenedBundle;
}

export interface SliceOptions {
  /** Records read so far, of all the files' records. */
  onRecords?: (done: number, total: number) => void;
  /** About how many bytes of the file each slice covers (tests make it small). */
  sliceBytes?: number;
  /** Updates held back before they are written (pending-updates.ts). */
  pendingLimit?: number;
  /** Cancels the write: its transaction is aborted, nothing is written. */
  signal?: AbortSignal;
}

type IdSets = Record<RecordKind, Set<string>>;

const totalOf = (files: readonly StreamedFile[]) =>
  files.reduce(
    (sum, { opened }) =>
      sum + Object.values(opened.sizes).reduce((a, b) => a + b, 0),
    0,
  );

/**
 * Ids that may be met twice in one import: a record and its losing versions
 * (`conflicts`), or the same record in two files. Every other id is met once.
 */
export function repeatedIds(files: readonly StreamedFile[]): IdSets {
  const repeated: IdSets = {
    offices: new Set(),
    measures: new Set(),
    updates: new Set(),
  };
  for (const { opened } of files)
    for (const key of opened.withConflicts) {
      const at = key.indexOf(':');
      repeated[key.slice(0, at) as RecordKind].add(key.slice(at + 1));
    }
  // One file carries an id once (ids twice are left out): nothing to compare.
  if (files.length < 2) return repeated;
  for (const kind of RECORD_KINDS) {
    const seen = new Set<string>();
    for (const { opened } of files)
      for (const id of opened.ids[kind]) {
        if (seen.has(id)) repeated[kind].add(id);
        seen.add(id);
      }
  }
  return repeated;
}

/** Which kinds of records none are stored of yet: nothing to look up. */
export async function emptyTables(): Promise<Record<RecordKind, boolean>> {
  const [offices, measures, updates] = await Promise.all(
    RECORD_KINDS.map(noneStored),
  );
  return { offices: !!offices, measures: !!measures, updates: !!updates };
}

/**
 * Plans every slice of every file in turn; `after` writes or remembers it.
 * The next slice is read and checked (parsing, schemas: the CPU's work)
 * while the database writes the one before, and never more than those two
 * are in hand. One chain of awaits: Dexie keeps its transaction across it.
 */
export async function eachSlice(
  files: readonly StreamedFile[],
  load: LoadLeaves,
  options: SliceOptions,
  after: (plan: ImportPlan, reads: NamedRead[]) => Promise<void>,
) {
  const known = knownIdsWith(
    await loadKnownIds(),
    files.map((f) => f.opened),
  );
  const total = totalOf(files);
  function* allSlices() {
    for (const { name, opened } of files)
      for (const slice of readSlices(opened, known, options.sliceBytes))
        yield { name, slice };
  }
  const slices = allSlices();
  let done = 0;
  let current = slices.next();
  while (!current.done) {
    const { name, slice } = current.value;
    const reads = [{ file: name, read: slice.read }];
    const plan = await planImport(reads, load);
    const writing = after(plan, reads);
    current = slices.next();
    await writing;
    done += slice.elements;
    options.onRecords?.(done, total);
    // Reading a slice asks nothing of the database: stop before the next.
    options.signal?.throwIfAborted();
  }
}
