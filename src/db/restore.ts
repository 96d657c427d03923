/**
 * Restoring from a record's history (db/history.ts): a new version whose
 * content is an older version's, written as a child of the version shown
 * (the tombstone, when the record is deleted), so it travels in bundles as
 * an edit that wins over what it replaces, as CouchDB would take it. The
 * journal says `restore`, not `edit`: the history then reads "restored"
 * rather than an edit that looks as if someone had retyped old text.
 *
 * What a restore keeps from the version shown: where the record stands.
 * A measure stays in its office, year and place in the list (an old
 * version's place may be another measure's now); an update stays with its
 * measure. Everything a form edits comes from the older version.
 *
 * A deleted measure comes back with the progress updates its delete took
 * (their tombstones carry the same time as the measure's, one change), as
 * the undo of the delete does; updates deleted before stay deleted. An
 * update of a deleted measure is not restored alone: it would be live on
 * a measure nobody sees.
 */
import type { RecordKind, RecordOf } from '@/bundle/record-schemas';
import { sameContent } from '@/domain/record-diff';
import { contentOf, reviseRecord } from '@/domain/revision';

import { db } from './app-db';
import { isLive, restoreRecord, storedLeaves, type RecordAt } from './records';
import { storedUpdatesOf } from './update-groups';
import { writeChange, type ChangeWriter } from './write/write-change';

/** The fields a restore keeps from the version shown. */
export const PLACE_FIELDS: Record<RecordKind, readonly string[]> = {
  offices: [],
  measures: ['officeId', 'fiscalYear', 'order'],
  updates: ['measureId', 'officeId'],
  deadlines: ['fiscalYear', 'round'],
  roundReports: ['officeId', 'fiscalYear', 'round'],
  approvals: ['officeId', 'fiscalYear', 'round'],
  oitItems: ['officeId', 'fiscalYear'],
};

/**
 * Why nothing was restored: the record is not stored, the version's
 * content is no longer kept, an update's measure is deleted, or the
 * version holds what is shown already.
 */
export type RestoreRefusal = 'gone' | 'not-kept' | 'measure-deleted' | 'same';

export interface Restored<K extends RecordKind> {
  record: RecordOf[K];
  /** A measure's updates that came back with it. */
  updates: RecordOf['updates'][];
}

/** Whether restoring `version` would change what `current` shows. */
export function restoreChanges<K extends RecordKind>(
  kind: K,
  version: RecordOf[K],
  current: RecordOf[K],
): boolean {
  return (
    !!current.deleted || !sameContent(version, current, PLACE_FIELDS[kind])
  );
}

/** `source`'s content, where `current` stands, as a child of `current`. */
function restoredVersion<K extends RecordKind>(
  kind: K,
  current: RecordOf[K],
  source: RecordOf[K],
  now: string,
): RecordOf[K] {
  const place = Object.fromEntries(
    PLACE_FIELDS[kind].map((field) => [
      field,
      (current as unknown as Record<string, unknown>)[field],
    ]),
  );
  const { id, rev, revs, createdAt, updatedAt } = current;
  const base = {
    ...contentOf(source),
    ...place,
    ...{ id, rev, revs, createdAt, updatedAt },
  } as RecordOf[K];
  return reviseRecord(base, {}, now);
}

async function bodyOf<K extends RecordKind>(
  kind: K,
  id: string,
  rev: string,
  leaves: readonly RecordOf[K][],
): Promise<RecordOf[K] | undefined> {
  const leaf = leaves.find((v) => v.rev === rev);
  if (leaf) return leaf;
  const row = await db.history.get([id, rev]);
  return row?.kind === kind ? (row.record as RecordOf[K]) : undefined;
}

/** The updates a measure's delete took: tombstoned at the same moment. */
async function restoreUpdatesDeletedWith(
  change: ChangeWriter,
  tombstone: RecordOf['measures'],
): Promise<RecordOf['updates'][]> {
  const taken = (await storedUpdatesOf(tombstone.id)).filter(
    (u) => u.deleted && u.updatedAt === tombstone.updatedAt,
  );
  const restored: RecordOf['updates'][] = [];
  for (const update of taken) {
    const back = await restoreRecord(change, 'updates', update);
    if (back) restored.push(back);
  }
  return restored;
}

/**
 * restoreVersion('measures', { id }, rev) writes a new version with the
 * content of version `rev` of the measure (and, when it was deleted, its
 * updates deleted with it), in one change; answers it, or why not.
 */
export function restoreVersion<K extends RecordKind>(
  kind: K,
  at: RecordAt,
  rev: string,
): Promise<Restored<K> | RestoreRefusal> {
  return writeChange({ cause: 'restore' }, async (change) => {
    const leaves = await storedLeaves(kind, at);
    if (!leaves) return 'gone';
    const current = leaves.winner;
    const all = [current, ...leaves.losers];
    const source = await bodyOf(kind, at.id, rev, all);
    if (!source) return 'not-kept';
    if (kind === 'updates') {
      const { measureId } = current as RecordOf['updates'];
      if (!isLive(await db.measures.get(measureId))) return 'measure-deleted';
    }
    if (!restoreChanges(kind, source, current)) return 'same';
    const record = restoredVersion(kind, current, source, change.at);
    await change.write({ [kind]: [record] });
    const updates =
      kind === 'measures' && current.deleted
        ? await restoreUpdatesDeletedWith(
            change,
            current as RecordOf['measures'],
          )
        : [];
    return { record, updates };
  });
}
