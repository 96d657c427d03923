/**
 * The shapes of the rows the app's own tables keep beside the records
 * (settings, drafts, conflicts, the import log, the journal, history, sync
 * checkpoints): app-db.ts declares the tables, this file what they hold.
 */
import type { MergeKind } from '@/bundle/merge';
import type { RecordKind, RecordOf } from '@/bundle/record-schemas';
import type { ProgressUpdate } from '@/domain/types';

import type { HeldGroup } from './keys/trust-book';
import type { Cause, ChangeSource } from './write/change';

/** A device preference or workspace choice, e.g. the selected office. */
export interface Setting {
  key: string;
  value: unknown;
}

/** Text a person typed into a form and has not saved yet. */
export interface Draft {
  /** The form and the record it edits, e.g. `measure:new:<officeId>:2568`. */
  key: string;
  values: unknown;
  savedAt: string;
}

/**
 * Where a version of a record in conflict came from: this device (it was
 * stored here when the other arrived, or edited here since), or a file,
 * with the device that exported it and when, and when it was imported.
 */
export type VersionOrigin =
  | { from: 'device' }
  | {
      from: 'file';
      file: string;
      /** The bundle's `source.device`: the exporting browser's user agent. */
      device: string;
      exportedAt: string;
      importedAt: string;
    }
  /** Pulled from a CouchDB database (its address) when. */
  | { from: 'server'; database: string; pulledAt: string };

/** A losing version of a record edited apart elsewhere, kept until resolved. */
export interface ConflictRow {
  kind: RecordKind;
  recordId: string;
  rev: string;
  record: RecordOf[RecordKind];
  /**
   * Where each version of the record (by rev) came from, as known when this
   * row was written (issue 11; rows kept before have none). Device-local:
   * never exported.
   */
  origins?: Record<string, VersionOrigin>;
}

/**
 * A measure's progress updates in one row: every stored version that won,
 * tombstones included. A province's 100,000 updates are 3,600 rows, so an
 * import writes and an export reads a row per measure, not per update
 * (schema v4; docs/decisions.md "Updates stored by measure").
 */
export interface UpdateGroup {
  measureId: string;
  officeId: string;
  updates: ProgressUpdate[];
}

/** One confirmed import: when, which files, what it changed. */
export interface ImportLogEntry {
  id: string;
  at: string;
  files: string[];
  officeIds: string[];
  counts: Record<MergeKind | 'invalid', number>;
  /** Records the files could not change (issue 17), by file and office. */
  held?: HeldGroup[];
}

/**
 * One row of the journal: the entries of one write batch (write/journal.ts),
 * numbered `first` to `last` in order. Columns, not an object per entry: a
 * province's first import journals 104,000 entries in about 200 rows.
 */
export interface JournalRow {
  /** The sequence number of the row's last entry: the key, in feed order. */
  last: number;
  /** The sequence number of its first entry (`last - ids.length + 1`). */
  first: number;
  /** When the change was written. */
  at: string;
  cause: Cause;
  /** 1 when the cause is local (LOCAL_CAUSES): indexed for the export reminder. */
  local: 0 | 1;
  source: ChangeSource;
  /** The person's name as set on this device, if any. */
  by?: string;
  /**
   * One letter an entry: `o` office, `m` measure, `u` update, `d` deadline,
   * `r` a round's report text, `a` an approval, `i` an OIT item; capital for a tombstone.
   */
  kinds: string;
  ids: string[];
  /** The rev each entry stored. */
  revs: string[];
  /** The stored leaf each replaced, `''` when none (a new record, a new side). */
  replaced: string[];
  /** An update's measure (the row it is stored in), `''` for the other kinds. */
  measureIds: string[];
}

/**
 * The body of a version a write replaced, kept so a record's history can
 * show what changed (write/history-bodies.ts says for how long).
 */
export interface HistoryRow {
  kind: RecordKind;
  recordId: string;
  rev: string;
  record: RecordOf[RecordKind];
  /** The fiscal year it is kept by: the measure's, or an office's when replaced. */
  fiscalYear: number;
}

/**
 * Where the sync with one server database stands (sync/checkpoints.ts): the
 * local half of CouchDB's replication checkpoint, whose other half is the
 * `_local/` document of the same session on the server. Written in the
 * transaction of the pulled batch it counts, so a pull stopped anywhere
 * resumes after the last batch stored, never after one half-written.
 */
export interface SyncCheckpoint {
  /** The database's address: `<server>/<database>`. */
  id: string;
  /** Made when the sync starts over; the server's `_local/` copy carries it too. */
  session: string;
  /** The server's last sequence pulled, as the server gave it (opaque). */
  pulled: string | number;
  /** The journal's sequence number pushed up to. */
  pushed: number;
  /** When a sync with this database last ended without error. */
  syncedAt?: string;
}
