/**
 * Importing bundles too large to hold (a nation's 1,000,000 updates), read in
 * slices (bundle/stream): the preview plans slice after slice against the
 * database without writing, and the write plans and writes slice after
 * slice inside ONE transaction, so memory stays bounded and the import is
 * still all or nothing. Outcomes equal a whole import's (streamed-import.test).
 */
import type { Leaves } from '@/bundle/merge';
import {
  RECORD_KINDS,
  type RecordKind,
  type RecordOf,
} from '@/bundle/record-schemas';
import type { OpenedBundle } from '@/bundle/stream/open-bundle';
import { knownIdsWith, readSlices } from '@/bundle/stream/read-slices';

import type { ImportLogEntry } from '../app-db';
import { nowIso } from '../clock';
import { noneStored, putRecords } from '../record-kinds';
import { refreshSummaries } from '../summaries';
import { writeTransaction } from '../write-transaction';
import { originBook } from './origins';
import { pendingUpdates } from './pending-updates';
import {
  planImport,
  type Counts,
  type ImportPlan,
  type LoadLeaves,
  type NamedRead,
} from './plan-import';
import { loadKnownIds, loadLeaves } from './stored-leaves';
import { summariesAsWritten } from './summaries-as-written';
import {
  addCounts,
  importTables,
  logImport,
  writePlan,
  type PutRecords,
} from './write-plan';

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

export interface StreamedPreview {
  byOffice: Map<string, Counts>;
  invalid: ImportPlan['invalid'];
  /** Names of the offices the files bring. */
  officeNames: Map<string, string>;
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
function repeatedIds(files: readonly StreamedFile[]): IdSets {
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
async function emptyTables(): Promise<Record<RecordKind, boolean>> {
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
async function eachSlice(
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

/** The preview: outcomes by office and records left out, nothing written. */
export async function previewStreamed(
  files: readonly StreamedFile[],
  options: SliceOptions = {},
): Promise<StreamedPreview> {
  const empty = await emptyTables();
  const repeated = repeatedIds(files);
  // Without writing, a record met again must see the state its first
  // meeting left: kept here, for repeated ids only.
  const seen = new Map<string, Leaves<RecordOf[RecordKind]>>();
  const load: LoadLeaves = async (kind, wanted) => {
    const state = empty[kind] ? new Map() : await loadLeaves(kind, wanted);
    for (const { id } of wanted) {
      const leaves = seen.get(`${kind}:${id}`);
      if (leaves) state.set(id, leaves as never);
    }
    return state;
  };
  const preview: StreamedPreview = {
    byOffice: new Map(),
    invalid: [],
    officeNames: new Map(),
  };
  await eachSlice(files, load, options, async (plan) => {
    addCounts(preview.byOffice, plan.byOffice);
    preview.invalid.push(...plan.invalid);
    for (const kind of RECORD_KINDS)
      for (const [id, leaves] of plan.kinds[kind].next) {
        if (repeated[kind].has(id)) seen.set(`${kind}:${id}`, leaves);
        if (kind === 'offices')
          preview.officeNames.set(
            id,
            (leaves.winner as RecordOf['offices']).name,
          );
      }
  });
  return preview;
}

/** Writes the files slice by slice, in one transaction. */
export async function applyStreamed(
  files: readonly StreamedFile[],
  options: SliceOptions = {},
): Promise<ImportLogEntry> {
  const repeated = repeatedIds(files);
  return writeTransaction(
    importTables(),
    async () => {
      const empty = await emptyTables();
      // A table empty when the import began holds only what it wrote since,
      // and it wrote an id twice only if the id is repeated.
      const pending = pendingUpdates(options.pendingLimit);
      const put: PutRecords = (kind, records) =>
        kind === 'updates'
          ? pending.put(records as readonly RecordOf['updates'][])
          : putRecords(kind, records);
      const load: LoadLeaves = async (kind, wanted) => {
        // A version held back must be stored before it can be merged with.
        if (kind === 'updates' && pending.holdsAny(wanted))
          await pending.flush();
        return loadLeaves(
          kind,
          empty[kind] ? wanted.filter((w) => repeated[kind].has(w.id)) : wanted,
        );
      };
      const touched = new Set<string>();
      const folded =
        empty.measures && empty.updates
          ? summariesAsWritten(repeated.updates)
          : undefined;
      const byOffice = new Map<string, Counts>();
      const origins = originBook(nowIso());
      let invalid = 0;
      await eachSlice(files, load, options, async (plan, reads) => {
        const originsOf = origins.forPlan(plan, reads);
        await writePlan(plan, touched, { put, originsOf });
        origins.remember(plan, reads, repeated);
        folded?.add(plan);
        addCounts(byOffice, plan.byOffice);
        invalid += plan.invalid.length;
      });
      await pending.flush();
      if (folded) await folded.write();
      else await refreshSummaries(touched);
      return logImport(
        files.map((f) => f.name),
        byOffice,
        invalid,
      );
    },
    options.signal,
  );
}
