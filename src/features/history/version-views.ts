/**
 * How each version of a record reads in its history: what happened (made,
 * edited, deleted, restored), what to show (the fields changed from the
 * version it replaced, all it held when that one is not known, or the
 * note that its content is no longer kept), an older version it brought
 * back, and whether "use this version" is offered.
 */
import type { RecordKind, RecordOf } from '@/bundle/record-schemas';
import type { RecordVersion } from '@/db/history';
import { PLACE_FIELDS, restoreChanges } from '@/db/restore';
import {
  changedFields,
  sameContent,
  type FieldChange,
} from '@/domain/record-diff';
import { revGeneration } from '@/domain/revision';

export type VersionEvent =
  /** The first version of a record (here or where it came from). */
  | 'created'
  /** The first version this device got, made from one it never had. */
  | 'received'
  | 'edited'
  | 'deleted'
  /** A live version on top of a tombstone. */
  | 'restored';

export type VersionShows =
  /** The fields changed from the version replaced (none: nothing changed). */
  | { kind: 'changes'; changes: FieldChange[] }
  /** Everything it held: nothing before it is known, or no longer kept. */
  | { kind: 'content'; changes: FieldChange[]; previousDropped: boolean }
  | { kind: 'deleted' }
  /** Its content is no longer kept (history-bodies.ts). */
  | { kind: 'dropped' };

export interface VersionView<K extends RecordKind> {
  version: RecordVersion<K>;
  event: VersionEvent;
  shows: VersionShows;
  /** The older version whose content a restore or an undo brought back. */
  sameAs?: RecordVersion<K>;
  /** "Use this version" writes something: it is kept, live, and not shown now. */
  restorable: boolean;
}

/** Fields that say where a record is, not what it says: not listed as content. */
const NOT_CONTENT = new Set(['officeId', 'measureId', 'order']);

function eventOf<K extends RecordKind>(
  version: RecordVersion<K>,
  previous: RecordVersion<K> | undefined,
): VersionEvent {
  if (version.deleted) return 'deleted';
  if (previous?.deleted) return 'restored';
  if (version.replaced) return 'edited';
  return revGeneration(version.rev) === 1 ? 'created' : 'received';
}

function showsOf<K extends RecordKind>(
  version: RecordVersion<K>,
  previous: RecordVersion<K> | undefined,
): VersionShows {
  if (!version.record) return { kind: 'dropped' };
  if (version.deleted) return { kind: 'deleted' };
  if (previous?.record)
    return {
      kind: 'changes',
      changes: changedFields(previous.record, version.record),
    };
  return {
    kind: 'content',
    // A box left unticked (all units: no) is nothing the version holds.
    changes: changedFields(undefined, version.record).filter(
      (c) => !NOT_CONTENT.has(c.field) && c.after !== false,
    ),
    previousDropped: !!version.replaced,
  };
}

/** The versions of one record (newest first, as recordHistory answers them). */
export function versionViews<K extends RecordKind>(
  kind: K,
  versions: readonly RecordVersion<K>[],
): VersionView<K>[] {
  const byRev = new Map(versions.map((v) => [v.rev, v]));
  const current = versions.find((v) => v.state === 'current')?.record;
  return versions.map((version, i) => {
    const previous = version.replaced ? byRev.get(version.replaced) : undefined;
    const record = version.record;
    const brought =
      record && (version.cause === 'restore' || version.cause === 'undo')
        ? versions
            .slice(i + 1)
            .find(
              (older) =>
                older.record &&
                !older.deleted &&
                sameContent(older.record, record, PLACE_FIELDS[kind]),
            )
        : undefined;
    return {
      version,
      event: eventOf(version, previous),
      shows: showsOf(version, previous),
      ...(brought ? { sameAs: brought } : {}),
      restorable:
        !!record &&
        !!current &&
        !version.deleted &&
        version.state === 'replaced' &&
        restoreChanges(kind, record as RecordOf[K], current),
    };
  });
}
