/**
 * What a change is, whatever its cause: a list of record versions with why
 * they came (the cause), where from (this device or a file) and who made
 * them. writeChange (write-change.ts) is the one function that stores them.
 */
import type { RecordKind, RecordOf } from '@/bundle/record-schemas';

/**
 * Why a change was made. The journal keeps it with every entry:
 * - `edit`: a form or a list on this device (create, edit, delete, move);
 * - `undo`: a delete taken back from its toast;
 * - `restore`: an older version brought back from the record's history
 *   (a deleted record restored, or "use this version");
 * - `paste`: measures read from a pasted report;
 * - `copy`: measures copied to another fiscal year;
 * - `example`: the example office loaded;
 * - `resolve`: a conflict resolved on this device;
 * - `import`: bundle files imported;
 * - `sync`: versions pulled from a CouchDB server (sync/pull.ts).
 */
export const CAUSES = [
  'edit',
  'undo',
  'restore',
  'paste',
  'copy',
  'example',
  'resolve',
  'import',
  'sync',
] as const;
export type Cause = (typeof CAUSES)[number];

/**
 * Causes that make data only this device has: what the export reminder
 * counts. An import brings what another device already holds.
 */
export const LOCAL_CAUSES: ReadonlySet<Cause> = new Set<Cause>([
  'edit',
  'undo',
  'restore',
  'paste',
  'copy',
  'example',
  'resolve',
]);

/** Where a change came from: this device, a bundle file, or a server's database. */
export type ChangeSource =
  | { from: 'device' }
  | {
      from: 'file';
      file: string;
      /** The bundle's `source.device`: the exporting browser's user agent. */
      device: string;
      exportedAt: string;
    }
  | { from: 'server'; database: string };

export const THIS_DEVICE: ChangeSource = { from: 'device' };

export interface Change {
  cause: Cause;
  /** This device unless said; an import says it per file (ChangeWriter.write). */
  source?: ChangeSource;
}

/** Versions of records, by kind; merged in the order offices, measures, updates. */
export type Versions = { [K in RecordKind]?: readonly RecordOf[K][] };

/** A record as a command names it: an update with the measure whose row holds it. */
export type RecordRef =
  | { kind: 'offices' | 'measures'; id: string }
  | { kind: 'updates'; id: string; measureId: string };

export class NestedChangeError extends Error {
  constructor() {
    super('writeChange runs its own transaction: it cannot run inside another');
    this.name = 'NestedChangeError';
  }
}
