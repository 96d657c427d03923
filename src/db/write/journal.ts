/**
 * The journal: every version a change stored, numbered in order (a
 * sequence number), with when, why (the cause), where from (this device or
 * a file) and who. It is appended in the change's own transaction, so a
 * change and its entries are stored together or not at all.
 *
 * Entries are kept a row per batch (JournalRow, app-db.ts): a province's
 * first import journals 104,000 versions in about 200 rows, not 104,000.
 * A row holds consecutive numbers `first`..`last` and is keyed by `last`.
 *
 * Reading the feed ("every change since sequence N", what a sync will push):
 * call readChanges(N), handle its entries (in order), then call it again
 * with the `last` it answered, until it answers no entries. Nothing is ever
 * renumbered or removed, so a reader that kept its N misses nothing.
 */
import type { RecordKind, RecordOf } from '@/bundle/record-schemas';

import { db, type JournalRow } from '../app-db';
import { LOCAL_CAUSES, type Cause, type ChangeSource } from './change';
import type { Step } from './plan-versions';

/**
 * Entries in a row at most: a row stays under 64 KB, which Chromium stores
 * inline rather than as a file of its own.
 */
export const JOURNAL_ROW_ENTRIES = 500;

/** One version as the journal has it. */
export interface JournalEntry {
  seq: number;
  at: string;
  cause: Cause;
  source: ChangeSource;
  by?: string;
  kind: RecordKind;
  id: string;
  rev: string;
  /** The stored leaf it replaced, if any. */
  replaced?: string;
  deleted: boolean;
  /** An update's measure: the row it is stored in. */
  measureId?: string;
}

const LETTERS: Record<RecordKind, string> = {
  offices: 'o',
  measures: 'm',
  updates: 'u',
  deadlines: 'd',
  roundReports: 'r',
  approvals: 'a',
  oitItems: 'i',
};
const KINDS: Record<string, RecordKind> = {
  o: 'offices',
  m: 'measures',
  u: 'updates',
  d: 'deadlines',
  r: 'roundReports',
  a: 'approvals',
  i: 'oitItems',
};

/** The entries of a row, in order. */
export function entriesOf(row: JournalRow): JournalEntry[] {
  return row.ids.map((id, i) => {
    const letter = row.kinds[i] ?? '';
    const replaced = row.replaced[i];
    const measureId = row.measureIds[i];
    return {
      seq: row.first + i,
      at: row.at,
      cause: row.cause,
      source: row.source,
      ...(row.by ? { by: row.by } : {}),
      kind: KINDS[letter.toLowerCase()] as RecordKind,
      id,
      rev: row.revs[i] ?? '',
      ...(replaced ? { replaced } : {}),
      deleted: letter !== letter.toLowerCase(),
      ...(measureId ? { measureId } : {}),
    };
  });
}

/** The last sequence number given, 0 before the first change. */
export async function journalHead(): Promise<number> {
  const [last] = await db.journal
    .orderBy(':id')
    .reverse()
    .limit(1)
    .primaryKeys();
  return last ?? 0;
}

/**
 * Up to about `limit` entries after sequence number `since`, in order, and
 * the number to ask from next (the last one answered, or `since`).
 */
export async function readChanges(
  since: number,
  limit = 1_000,
): Promise<{ entries: JournalEntry[]; last: number }> {
  const entries: JournalEntry[] = [];
  await db.journal
    .where(':id')
    .above(since)
    .until(() => entries.length >= limit)
    .each((row) => {
      for (const entry of entriesOf(row))
        if (entry.seq > since) entries.push(entry);
    });
  return { entries, last: entries.at(-1)?.seq ?? since };
}

interface RowStart {
  at: string;
  cause: Cause;
  by: string | undefined;
}

/**
 * The journal of one change: entries are numbered from the head and
 * written a row at a time, when a row is full, when the source changes and
 * when the change ends. Inside the change's transaction.
 */
export function journalOf(head: number, start: RowStart) {
  let next = head + 1;
  let row: JournalRow | undefined;
  // Rows are asked for without waiting on each (an import's write goes on
  // meanwhile); the change waits for them all when it ends.
  const writes: Promise<unknown>[] = [];
  const write = () => {
    if (!row) return;
    // add, not put: a number given twice fails the change instead of
    // overwriting another change's entries.
    const adding = db.journal.add(row);
    adding.catch(() => undefined); // awaited, and so thrown, by flush
    writes.push(adding);
    row = undefined;
  };
  const open = (source: ChangeSource): JournalRow => ({
    last: next - 1,
    first: next,
    at: start.at,
    cause: start.cause,
    local: LOCAL_CAUSES.has(start.cause) ? 1 : 0,
    source,
    ...(start.by ? { by: start.by } : {}),
    kinds: '',
    ids: [],
    revs: [],
    replaced: [],
    measureIds: [],
  });
  return {
    /** Journals the versions these steps stored. */
    add(steps: readonly Step[], source: ChangeSource) {
      for (const { kind, version, replaced } of steps) {
        // The same object for every step of a source (a file, this device).
        if (row && row.source !== source) write();
        row ??= open(source);
        const letter = LETTERS[kind];
        row.kinds += version.deleted ? letter.toUpperCase() : letter;
        row.ids.push(version.id);
        row.revs.push(version.rev);
        row.replaced.push(replaced[0]?.rev ?? '');
        row.measureIds.push(
          kind === 'updates' ? (version as RecordOf['updates']).measureId : '',
        );
        row.last = next++;
        if (row.ids.length >= JOURNAL_ROW_ENTRIES) write();
      }
    },
    /** Writes the last row and waits for every row; when the change ends. */
    async flush() {
      write();
      await Promise.all(writes);
    },
  };
}
