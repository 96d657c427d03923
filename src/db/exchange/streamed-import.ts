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

import type { ImportLogEntry } from '../app-db';
import { nowIso } from '../clock';
import { putRecords } from '../record-kinds';
import { refreshSummaries } from '../summaries';
import { writeTransaction } from '../write-transaction';
import {
  eachSlice,
  emptyTables,
  repeatedIds,
  type SliceOptions,
  type StreamedFile,
} from './file-slices';
import { originBook } from './origins';
import { pendingUpdates } from './pending-updates';
import type { Counts, ImportPlan, LoadLeaves } from './plan-import';
import { loadLeaves } from './stored-leaves';
import { summariesAsWritten } from './summaries-as-written';
import {
  addCounts,
  importTables,
  logImport,
  writePlan,
  type PutRecords,
} from './write-plan';

export interface StreamedPreview {
  byOffice: Map<string, Counts>;
  invalid: ImportPlan['invalid'];
  /** Names of the offices the files bring. */
  officeNames: Map<string, string>;
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
