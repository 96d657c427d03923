/**
 * The files of an import and their slices: what the preview and the write
 * share (import-bundles.ts). A file read whole (a few MB) is one slice; a
 * large one (bundle/stream) is read a slice of a few thousand records at a
 * time, in bounded memory. Both give slices checked the same way (schema,
 * ids carried twice, references against what is stored and what every
 * file of the batch brings), so everything after is one path.
 */
import type { ReadBundle } from '@/bundle/read-bundle';
import { byKind, RECORD_KINDS, type RecordKind } from '@/bundle/record-schemas';
import { checkReferences, type KnownIds } from '@/bundle/references';
import type { Signer } from '@/bundle/signature';
import type { OpenedBundle } from '@/bundle/stream/open-bundle';
import {
  knownIdsWith,
  readSlices,
  type Slice,
} from '@/bundle/stream/read-slices';

import type { TrustBook, TrustFile } from '../keys/trust-book';
import type { ChangeSource } from '../write/change';
import { loadKnownIds } from './stored-leaves';

/**
 * A bundle file to import: read whole, or opened to be read in slices; with
 * the signer whose signature of it verified (none: an unsigned file).
 */
export type ImportFile = { name: string; signer?: Signer } & (
  { read: ReadBundle } | { opened: OpenedBundle }
);

export interface SliceOptions {
  /** Records read so far, of all the files' records. */
  onRecords?: (done: number, total: number) => void;
  /** About how many bytes of the file each slice covers (tests make it small). */
  sliceBytes?: number;
  /** Updates held back before they are written (write/pending-updates.ts). */
  pendingLimit?: number;
  /** Cancels the write: its transaction is aborted, nothing is written. */
  signal?: AbortSignal;
  /**
   * Who may change what (keys/trust-book.ts): records a file may not change
   * are held, not written. The app always passes one; without it every
   * record is written (the merge's own tests).
   */
  trust?: TrustBook;
}

/** One slice of one file, and where its versions come from. */
export interface FileSlice {
  name: string;
  source: ChangeSource;
  slice: Slice;
}

type IdSets = Record<RecordKind, Set<string>>;

const emptySets = (): IdSets => byKind(() => new Set());

/** What a reading in slices learnt of a file before reading it, for a whole one too. */
function factsOf(file: ImportFile): Pick<
  OpenedBundle,
  'ids' | 'measureOffices' | 'withConflicts' | 'updateMeasures'
> & {
  elements: number;
} {
  if ('opened' in file) {
    const { ids, measureOffices, withConflicts, updateMeasures, sizes } =
      file.opened;
    const elements = Object.values(sizes).reduce((a, b) => a + b, 0);
    return { ids, measureOffices, withConflicts, updateMeasures, elements };
  }
  const { records, conflicts, invalid } = file.read;
  const ids = emptySets();
  for (const kind of RECORD_KINDS)
    for (const { id } of records[kind]) ids[kind].add(id);
  return {
    ids,
    measureOffices: new Map(records.measures.map((m) => [m.id, m.officeId])),
    updateMeasures: new Map(records.updates.map((u) => [u.id, u.measureId])),
    withConflicts: new Set(
      conflicts.map(({ kind, record }) => `${kind}:${record.id}`),
    ),
    elements:
      records.offices.length +
      records.measures.length +
      records.updates.length +
      conflicts.length +
      invalid.length,
  };
}

/**
 * Ids that may be met twice in one import: a record and its losing versions
 * (`conflicts`), or the same record in two files. Every other id is met once.
 */
export function repeatedIds(files: readonly ImportFile[]): IdSets {
  const facts = files.map(factsOf);
  const repeated = emptySets();
  for (const { withConflicts } of facts)
    for (const key of withConflicts) {
      const at = key.indexOf(':');
      repeated[key.slice(0, at) as RecordKind].add(key.slice(at + 1));
    }
  // One file carries an id once (ids twice are left out): nothing to compare.
  if (files.length < 2) return repeated;
  for (const kind of RECORD_KINDS) {
    const seen = new Set<string>();
    for (const { ids } of facts)
      for (const id of ids[kind]) {
        if (seen.has(id)) repeated[kind].add(id);
        seen.add(id);
      }
  }
  return repeated;
}

const trustFileOf = (file: ImportFile, source: ChangeSource): TrustFile => ({
  name: file.name,
  ...(file.signer ? { signer: file.signer } : {}),
  device: source.from === 'file' ? source.device : '',
  exportedAt: source.from === 'file' ? source.exportedAt : '',
});

function sourceOf(file: ImportFile): ChangeSource {
  const { exportedAt, source } =
    'opened' in file ? file.opened.envelope : file.read;
  return { from: 'file', file: file.name, device: source.device, exportedAt };
}

/**
 * Every slice of every file, in turn. A whole file is one slice; its
 * references are checked as a slice's, against what is stored and every
 * file of the batch.
 */
export async function fileSlices(
  files: readonly ImportFile[],
  sliceBytes?: number,
  trust?: TrustBook,
  /** The preview: what would be held is counted, and kept to be counted. */
  judgeOnly = false,
): Promise<{ slices: Generator<FileSlice>; total: number }> {
  const facts = files.map(factsOf);
  const stored = await loadKnownIds();
  // An update's measure as stored, else as the first file carrying it says:
  // its losing versions, and the same update in other files, must agree.
  const updateMeasures = new Map<string, string>();
  for (const { updateMeasures: ofFile } of facts)
    for (const [id, measureId] of ofFile)
      if (!updateMeasures.has(id)) updateMeasures.set(id, measureId);
  for (const [id, measureId] of stored.updateMeasures)
    updateMeasures.set(id, measureId);
  const known: KnownIds = knownIdsWith({ ...stored, updateMeasures }, facts);
  // What the file may not change is held here, before anything is planned.
  const judged = (file: ImportFile, source: ChangeSource, slice: Slice) =>
    trust
      ? {
          ...slice,
          read: trust.filter(trustFileOf(file, source), slice.read, judgeOnly),
        }
      : slice;
  function* all(): Generator<FileSlice> {
    for (const [i, file] of files.entries()) {
      const { name } = file;
      const source = sourceOf(file);
      if ('opened' in file) {
        for (const slice of readSlices(file.opened, known, sliceBytes))
          yield { name, source, slice: judged(file, source, slice) };
      } else {
        const read = checkReferences(file.read, known);
        const elements = facts[i]?.elements ?? 0;
        yield { name, source, slice: judged(file, source, { read, elements }) };
      }
    }
  }
  const total = facts.reduce((sum, f) => sum + f.elements, 0);
  return { slices: all(), total };
}
