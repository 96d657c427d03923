/**
 * Importing bundle files, read whole or in slices (import-files.ts): the
 * preview plans slice after slice against the database without writing,
 * and the write hands slice after slice to ONE change (writeChange, cause
 * `import`), so memory stays bounded and the import is all or nothing.
 * A file read whole is one slice: both readings end the same
 * (import-bundles.test.ts).
 */
import type { Leaves } from '@/bundle/merge';
import {
  RECORD_KINDS,
  type RecordKind,
  type RecordOf,
} from '@/bundle/record-schemas';

import { db, type ImportLogEntry } from '../app-db';
import { newId } from '../clock';
import type { HeldGroup, NewTrust } from '../keys/trust-book';
import { keepTrust } from '../keys/trusted-keys';
import { emptyTables } from '../record-kinds';
import { PENDING_LIMIT } from '../write/pending-updates';
import { planVersions } from '../write/plan-versions';
import { writeChange } from '../write/write-change';
import {
  fileSlices,
  repeatedIds,
  type ImportFile,
  type SliceOptions,
} from './import-files';
import { originBook } from './origins';
import { OutcomeTally } from './outcome-tally';
import {
  emptyCounts,
  incomingOf,
  invalidOf,
  type Counts,
  type ImportPlan,
  type LoadLeaves,
} from './plan-import';
import { loadLeaves } from './stored-leaves';

export interface ImportPreview {
  byOffice: Map<string, Counts>;
  invalid: ImportPlan['invalid'];
  /** Names of the offices the files bring. */
  officeNames: Map<string, string>;
  /**
   * Records the trust holds (written only if a person says so); `byOffice`
   * counts them too, as if every choice were made.
   */
  held: HeldGroup[];
  /** Keys this import would trust on first use, per office. */
  firstUse: NewTrust[];
}

/** The preview: outcomes by office and records left out, nothing written. */
export async function previewImport(
  files: readonly ImportFile[],
  options: SliceOptions = {},
): Promise<ImportPreview> {
  const repeated = repeatedIds(files);
  const empty = await emptyTables();
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
  const tally = new OutcomeTally();
  const preview: ImportPreview = {
    byOffice: new Map(),
    invalid: [],
    officeNames: new Map(),
    held: [],
    firstUse: [],
  };
  const { slices, total } = await fileSlices(
    files,
    options.sliceBytes,
    options.trust,
    true,
  );
  let done = 0;
  for (const { name, slice } of slices) {
    const plan = await planVersions(
      incomingOf([{ file: name, read: slice.read }]),
      load,
    );
    tally.add(plan);
    preview.invalid.push(...invalidOf([{ file: name, read: slice.read }]));
    for (const kind of RECORD_KINDS)
      for (const [id, leaves] of plan.kinds[kind].next) {
        if (repeated[kind].has(id)) seen.set(`${kind}:${id}`, leaves);
        if (kind === 'offices')
          preview.officeNames.set(
            id,
            (leaves.winner as RecordOf['offices']).name,
          );
      }
    done += slice.elements;
    options.onRecords?.(done, total);
  }
  preview.byOffice = tally.byOffice();
  preview.held = options.trust?.heldGroups() ?? [];
  preview.firstUse = options.trust?.newTrust() ?? [];
  return preview;
}

/** The import's entry in the log of imports. */
async function logImport(
  at: string,
  files: readonly string[],
  byOffice: ReadonlyMap<string, Counts>,
  invalid: number,
  held: readonly HeldGroup[],
): Promise<ImportLogEntry> {
  const counts = { ...emptyCounts(), invalid };
  for (const office of byOffice.values())
    for (const [kind, n] of Object.entries(office))
      counts[kind as keyof Counts] += n;
  const entry: ImportLogEntry = {
    id: newId(),
    at,
    files: [...files],
    // Deadlines belong to no office ('').
    officeIds: [...byOffice.keys()].filter((id) => id !== ''),
    counts,
    ...(held.length > 0 ? { held: [...held] } : {}),
  };
  await db.imports.add(entry);
  return entry;
}

/**
 * Writes the files slice by slice, in one change: while the database
 * stores a slice, the next is read and checked (the CPU's part).
 */
export async function applyImport(
  files: readonly ImportFile[],
  options: SliceOptions = {},
): Promise<ImportLogEntry> {
  const repeated = repeatedIds(files);
  const strategy = {
    repeated,
    holdUpdates: options.pendingLimit ?? PENDING_LIMIT,
    signal: options.signal,
  };
  return writeChange(
    { cause: 'import' },
    async (change) => {
      const { trust } = options;
      const { slices, total } = await fileSlices(
        files,
        options.sliceBytes,
        trust,
      );
      const origins = originBook(change.at);
      const tally = new OutcomeTally();
      let invalid = 0;
      let done = 0;
      let current = slices.next();
      while (!current.done) {
        const { name, source, slice } = current.value;
        const reads = [{ file: name, read: slice.read }];
        const plan = await change.write(incomingOf(reads), {
          source,
          originsOf: (planned) => origins.forPlan(planned, reads),
          whileStoring: () => {
            current = slices.next();
          },
        });
        origins.remember(plan, reads, repeated);
        tally.add(plan);
        invalid += slice.read.invalid.length;
        done += slice.elements;
        options.onRecords?.(done, total);
        // Reading a slice asks nothing of the database: stop before the next.
        options.signal?.throwIfAborted();
      }
      // The keys trusted by this import are kept with its records, or not at all.
      await keepTrust(trust?.newTrust() ?? []);
      return logImport(
        change.at,
        files.map((f) => f.name),
        tally.byOffice(),
        invalid,
        trust?.heldGroups() ?? [],
      );
    },
    strategy,
  );
}
