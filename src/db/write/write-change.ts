/**
 * writeChange: the one function every change of records goes through — a
 * form, a paste, a copy to the next year, the example, a resolved
 * conflict, an undo, a bundle import. The change hands it lists of
 * versions (ChangeWriter.write); it merges them with what is stored
 * (bundle/merge.ts), writes the winners and the losing leaves
 * (`conflicts`), keeps the bodies of the versions they replaced
 * (`history`), folds the measures' summaries and appends the journal, all
 * in ONE transaction over the tables it lists (changeTables): a change is
 * stored whole or, when anything fails, not at all.
 *
 * How an import of 100,000 records stays fast (docs/decisions.md,
 * "Benchmark (issue 7)") is a strategy of the change (WriteStrategy):
 * updates held back and written 50,000 at a time, ids met once not looked
 * up in tables empty at the start, summaries folded as written, and the
 * next slice read while the one before is stored.
 */
import Dexie from 'dexie';

import type { RecordKind } from '@/bundle/record-schemas';

import { db } from '../app-db';
import { nowIso, todayIso } from '../clock';
import type { OriginsOf } from '../exchange/origins';
import { loadLeaves } from '../exchange/stored-leaves';
import { emptyTables, putRecords } from '../record-kinds';
import { getSetting } from '../settings';
import { writeTransaction } from '../write-transaction';
import {
  LOCAL_CAUSES,
  NestedChangeError,
  THIS_DEVICE,
  type Change,
  type ChangeSource,
  type Versions,
} from './change';
import { changeSummaries } from './change-summaries';
import { dropOldBodies, keepReplaced } from './history-bodies';
import { journalHead, journalOf } from './journal';
import { pendingUpdates } from './pending-updates';
import {
  isWritten,
  planVersions,
  type LoadLeaves,
  type VersionPlan,
} from './plan-versions';
import { refuseOtherOffices } from './read-only-offices';
import { storePlan, type PutRecords } from './store-plan';

/** Every table a change may write: its transaction holds them all. */
export const changeTables = () => [
  db.offices,
  db.measures,
  db.updateGroups,
  db.deadlines,
  db.roundReports,
  db.approvals,
  db.oitItems,
  db.conflicts,
  db.summaries,
  db.journal,
  db.history,
  // What a change sets beside its records: the office to open (setup, the
  // example) and the log of imports.
  db.settings,
  db.imports,
  // Where a sync stands, written with the batch it pulled (sync/pull.ts).
  db.syncCheckpoints,
  // The keys an import trusts for offices (issue 17), kept with its records.
  db.trustedKeys,
];

export { NestedChangeError } from './change';

export interface WriteOptions {
  /** Where these versions came from; the change's source unless said. */
  source?: ChangeSource;
  /** Where the versions of records left in conflict came from (an import's files). */
  originsOf?: (plan: VersionPlan) => OriginsOf;
  /**
   * Runs once the writes are asked for, before they are awaited: an
   * import reads and checks its next slice while the database stores this one.
   */
  whileStoring?: () => void;
}

export interface ChangeWriter {
  /** When the change is made (the journal's time). */
  readonly at: string;
  /**
   * Merges these versions with what is stored and writes the outcome;
   * answers the plan (each version's outcome). May be called many times
   * in one change: versions met again merge with those written before.
   */
  write(versions: Versions, options?: WriteOptions): Promise<VersionPlan>;
}

/** How a large change is written; an import's. Small changes need none. */
export interface WriteStrategy {
  /**
   * Ids the change may bring more than once (a record and its losing
   * versions, the same record in two files); every other id comes once.
   * Given, tables empty at the start are not looked up for ids that come
   * once, and summaries of added measures are folded as written.
   */
  repeated?: Record<RecordKind, ReadonlySet<string>>;
  /** Updates held back and written this many at a time (pending-updates.ts). */
  holdUpdates?: number;
  /** Cancels: the transaction is aborted where it stands, nothing is written. */
  signal?: AbortSignal;
}

/**
 * writeChange({ cause: 'edit' }, (change) => change.write({ measures: [m] }))
 * stores `m`, journalled as an edit made on this device by its person.
 * `build` may read the database (inside the transaction) to decide what to
 * write, and what it answers is writeChange's answer.
 */
export async function writeChange<T>(
  change: Change,
  build: (writer: ChangeWriter) => Promise<T>,
  strategy: WriteStrategy = {},
): Promise<T> {
  // A change inside another would number its journal entries from the same head.
  if (Dexie.currentTransaction) throw new NestedChangeError();
  return writeTransaction(
    changeTables(),
    async () => {
      const at = nowIso();
      const today = todayIso();
      const [head, by, empty, ownOffice] = await Promise.all([
        journalHead(),
        getSetting('personName'),
        strategy.repeated ? emptyTables() : undefined,
        getSetting('ownOfficeOnly'),
      ]);
      // A consolidator's device: only imports change other offices' records.
      const guard =
        ownOffice && LOCAL_CAUSES.has(change.cause)
          ? (versions: Versions) => refuseOtherOffices(versions, ownOffice)
          : undefined;
      const journal = journalOf(head, { at, cause: change.cause, by });
      const pending = strategy.holdUpdates
        ? pendingUpdates(strategy.holdUpdates)
        : undefined;
      const put: PutRecords = (kind, records) =>
        kind === 'updates' && pending
          ? pending.put(records as Parameters<typeof pending.put>[0])
          : putRecords(kind, records);
      const load: LoadLeaves = async (kind, wanted) => {
        // A version held back must be stored before it can be merged with.
        if (kind === 'updates' && pending?.holdsAny(wanted))
          await pending.flush();
        // A table empty at the start holds only what this change wrote,
        // and it wrote an id twice only if the id is repeated.
        const repeated = strategy.repeated?.[kind];
        return loadLeaves(
          kind,
          empty?.[kind] && repeated
            ? wanted.filter((w) => repeated.has(w.id))
            : wanted,
        );
      };
      const summaries = changeSummaries(strategy.repeated?.updates);
      const writer: ChangeWriter = {
        at,
        async write(versions, options = {}) {
          guard?.(versions);
          const plan = await planVersions(versions, load);
          const storing = storePlan(plan, put, options.originsOf?.(plan));
          options.whileStoring?.();
          await storing;
          const written = plan.steps.filter(isWritten);
          await keepReplaced(plan, written, today);
          journal.add(written, options.source ?? change.source ?? THIS_DEVICE);
          summaries.add(plan);
          return plan;
        },
      };
      const result = await build(writer);
      await pending?.flush();
      await summaries.write();
      await journal.flush();
      await dropOldBodies(today);
      return result;
    },
    strategy.signal,
  );
}
