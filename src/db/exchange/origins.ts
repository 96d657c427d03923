/**
 * Where each version of a record in conflict came from, written with its
 * conflict rows so the conflict screen can say "this device" or "the file
 * …, from …, exported …, imported …". Only records left with losing
 * versions need it: the files are indexed by version only when one is met.
 * A version stored here before the import is this device's; one brought by
 * several files is the first file's. Read in slices, an import remembers
 * the versions its earlier slices brought of ids it may meet again.
 */
import type { Leaves } from '@/bundle/merge';
import type { RecordKind, RecordOf } from '@/bundle/record-schemas';
import type { Revisioned } from '@/domain/types';

import type { VersionOrigin } from '../app-db';
import type { VersionPlan } from '../write/plan-versions';
import type { NamedRead } from './plan-import';

export type Origins = Record<string, VersionOrigin>;

/** The origins of a record's versions after the plan, for its conflict rows. */
export type OriginsOf = (
  kind: RecordKind,
  id: string,
  next: Leaves<Revisioned>,
  kept: Origins | undefined,
) => Origins;

const THIS_DEVICE: VersionOrigin = { from: 'device' };

const keyOf = (kind: RecordKind, id: string, rev: string) =>
  `${kind}:${id}:${rev}`;

/** Every version the files bring, by key, with the first file that brings it. */
function* versionsOf({ read }: NamedRead) {
  for (const kind of ['offices', 'measures', 'updates'] as const)
    for (const record of read.records[kind] as RecordOf[RecordKind][])
      yield { kind, record };
  yield* read.conflicts;
}

export function originBook(importedAt: string) {
  const met = new Map<string, VersionOrigin>();
  const fileOrigin = ({ file, read }: NamedRead): VersionOrigin => ({
    from: 'file',
    file,
    device: read.source.device,
    exportedAt: read.exportedAt,
    importedAt,
  });
  return {
    /** Origins for the records of this plan, made of these files. */
    forPlan(plan: VersionPlan, reads: readonly NamedRead[]): OriginsOf {
      let index: Map<string, VersionOrigin> | undefined;
      const fromFiles = (key: string) => {
        if (!index) {
          index = new Map();
          for (const named of reads)
            for (const { kind, record } of versionsOf(named)) {
              const k = keyOf(kind, record.id, record.rev);
              if (!index.has(k)) index.set(k, fileOrigin(named));
            }
        }
        return index.get(key);
      };
      return (kind, id, next, kept) => {
        const stored = plan.kinds[kind].stored.get(id);
        const origins: Origins = {};
        for (const { rev } of [next.winner, ...next.losers]) {
          const key = keyOf(kind, id, rev);
          const origin =
            kept?.[rev] ??
            met.get(key) ??
            (stored?.winner.rev === rev ? THIS_DEVICE : fromFiles(key));
          if (origin) origins[rev] = origin;
        }
        return origins;
      };
    },
    /**
     * After a slice: remembers the versions it brought (not stored before)
     * of the ids a later slice may meet again.
     */
    remember(
      plan: VersionPlan,
      reads: readonly NamedRead[],
      repeated: Record<RecordKind, ReadonlySet<string>>,
    ) {
      for (const named of reads)
        for (const { kind, record } of versionsOf(named)) {
          if (!repeated[kind].has(record.id)) continue;
          const key = keyOf(kind, record.id, record.rev);
          const stored = plan.kinds[kind].stored.get(record.id);
          const before =
            stored?.winner.rev === record.rev ||
            stored?.losers.some((l) => l.rev === record.rev);
          if (!met.has(key) && !before) met.set(key, fileOrigin(named));
        }
    },
  };
}
