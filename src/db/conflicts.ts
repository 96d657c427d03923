/** Records edited apart elsewhere: listing them and resolving them. */
import type { RecordKind, RecordOf } from '@/bundle/record-schemas';
import { resolveConflict } from '@/bundle/resolve';
import type { Content } from '@/domain/revision';

import { db, type VersionOrigin } from './app-db';
import { loadLeaves } from './exchange/stored-leaves';
import { removeUpdatesOf } from './records';
import { writeChange } from './write/write-change';

export interface OpenConflict<K extends RecordKind = RecordKind> {
  kind: K;
  recordId: string;
  /** The version the app shows now, then the others, best first. */
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

function officeOf(kind: RecordKind, record: RecordOf[RecordKind]): string {
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

/** Every record with kept conflicting versions, optionally of one office. */
export async function listConflicts(
  officeId?: string,
): Promise<OpenConflict[]> {
  const rows = await db.conflicts.toArray();
  const byKind = new Map<RecordKind, RecordOf[RecordKind][]>();
  for (const row of rows)
    byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row.record]);
  const open: OpenConflict[] = [];
  for (const [kind, kept] of byKind) {
    for (const [recordId, leaves] of await loadLeaves(kind, kept)) {
      const office = officeOf(kind, leaves.winner);
      if (officeId && office !== officeId) continue;
      open.push({
        kind,
        recordId,
        versions: [leaves.winner, ...leaves.losers],
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
  if (!leaves || leaves.losers.length === 0) return null;
  return {
    kind,
    recordId,
    versions: [leaves.winner, ...leaves.losers],
    officeId: officeOf(kind, leaves.winner),
    ...(leaves.origins ? { origins: leaves.origins } : {}),
  };
}

/**
 * Ends a conflict with the content a person chose: the versions of the
 * resolution (bundle/resolve.ts) are a change like any other, merged with
 * the record's leaves, which takes the kept losers out of conflict.
 */
export async function resolveConflictWith<K extends RecordKind>(
  kind: K,
  recordId: string,
  content: Content<RecordOf[K]>,
  options: { deleted?: boolean } = {},
): Promise<RecordOf[K]> {
  return writeChange({ cause: 'resolve' }, async (change) => {
    const leaves = await storedLeaves(kind, recordId);
    if (!leaves) throw new Error(`No ${kind} record ${recordId}`);
    const resolved = resolveConflict(leaves, content, change.at, options);
    await change.write({ [kind]: [resolved] });
    if (kind === 'measures' && resolved.deleted) {
      // As deleteMeasure: a measure deleted takes its progress updates along.
      await removeUpdatesOf(change, recordId);
    }
    return resolved;
  });
}
