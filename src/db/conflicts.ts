/** Records edited apart elsewhere: listing them and resolving them. */
import { openLosers } from '@/bundle/merge';
import type { RecordKind, RecordOf } from '@/bundle/record-schemas';
import {
  isOneVersion,
  MixedVersionError,
  RESOLVED_WHOLE,
  resolveConflict,
} from '@/bundle/resolve';
import type { Content } from '@/domain/revision';

import { db, type VersionOrigin } from './app-db';
import { loadLeaves } from './exchange/stored-leaves';
import { writeChange } from './write/write-change';

export interface OpenConflict<K extends RecordKind = RecordKind> {
  kind: K;
  recordId: string;
  /**
   * The version the app shows now, then the other live leaves, best first.
   * Deleted leaves are not open (merge.ts openLosers), so none is listed.
   */
  versions: RecordOf[K][];
  /** The office it belongs to, for grouping and filtering. */
  officeId: string;
  /**
   * Where versions came from, by rev, as far as known (conflicts kept
   * before the app recorded it have none; a version edited here since is
   * not in it).
   */
  origins?: Record<string, VersionOrigin>;
}

/** The office a record belongs to; a deadline belongs to none (''). */
function officeOf(kind: RecordKind, record: RecordOf[RecordKind]): string {
  if (kind === 'deadlines') return '';
  return kind === 'offices'
    ? record.id
    : (record as { officeId: string }).officeId;
}

/**
 * One record's stored versions. Its kept losers say which measure an update
 * is of, so its row is found without reading every row.
 */
async function storedLeaves<K extends RecordKind>(kind: K, recordId: string) {
  const kept = await db.conflicts
    .where('recordId')
    .equals(recordId)
    .filter((row) => row.kind === kind)
    .toArray();
  const wanted = kept.length > 0 ? kept.map((row) => row.record) : [];
  const asked = wanted.length > 0 ? wanted : [{ id: recordId }];
  const leaves = (await loadLeaves(kind, asked)).get(recordId);
  const known = kept.flatMap((row) => (row.origins ? [row.origins] : []));
  const origins = known.length > 0 ? Object.assign({}, ...known) : undefined;
  return leaves && { ...leaves, origins };
}

/**
 * Every record with an open conflict (a live losing version), optionally of
 * one office. Deleted losers stay stored and exported, but ask nothing.
 */
export async function listConflicts(
  officeId?: string,
): Promise<OpenConflict[]> {
  const rows = await db.conflicts
    .filter((row) => !row.record.deleted)
    .toArray();
  const byKind = new Map<RecordKind, RecordOf[RecordKind][]>();
  for (const row of rows)
    byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row.record]);
  const open: OpenConflict[] = [];
  for (const [kind, kept] of byKind) {
    for (const [recordId, leaves] of await loadLeaves(kind, kept)) {
      const office = officeOf(kind, leaves.winner);
      const losers = openLosers(leaves);
      if ((officeId && office !== officeId) || losers.length === 0) continue;
      open.push({
        kind,
        recordId,
        versions: [leaves.winner, ...losers],
        officeId: office,
      });
    }
  }
  return open;
}

export async function getConflict<K extends RecordKind>(
  kind: K,
  recordId: string,
): Promise<OpenConflict<K> | null> {
  const leaves = await storedLeaves(kind, recordId);
  const losers = leaves ? openLosers(leaves) : [];
  if (!leaves || losers.length === 0) return null;
  return {
    kind,
    recordId,
    versions: [leaves.winner, ...losers],
    officeId: officeOf(kind, leaves.winner),
    ...(leaves.origins ? { origins: leaves.origins } : {}),
  };
}

/**
 * Ends a conflict with the content a person chose, as CouchDB ends one: the
 * content as a child of the shown version, and a tombstone child of every
 * other live version (bundle/resolve.ts), one change of the write path. The
 * tombstones stay as deleted leaves (kept and exported), so the conflict
 * closes on every device they reach, and an old side arriving later is
 * only an ancestor. Answers the resolution.
 */
export async function resolveConflictWith<K extends RecordKind>(
  kind: K,
  recordId: string,
  content: Content<RecordOf[K]>,
): Promise<RecordOf[K]> {
  return writeChange({ cause: 'resolve' }, async (change) => {
    const leaves = await storedLeaves(kind, recordId);
    if (!leaves) throw new Error(`No ${kind} record ${recordId}`);
    if (RESOLVED_WHOLE.has(kind) && !isOneVersion(leaves, content))
      throw new MixedVersionError(kind);
    const versions = resolveConflict(leaves, content, change.at);
    await change.write({ [kind]: versions });
    return versions[0];
  });
}
