import type { Leaves } from '@/bundle/merge';
import {
  RECORD_KINDS,
  type RecordKind,
  type RecordOf,
} from '@/bundle/record-schemas';
import type { Revisioned } from '@/domain/types';

import { db, type ImportLogEntry } from '../app-db';
import { noteChange } from '../change-marker';
import { newId, nowIso } from '../clock';
import { writeTransaction } from '../write-transaction';
import { summarizeImport } from './import-summaries';
import { emptyCounts, planImport, type NamedRead } from './plan-import';

const revsOf = (leaves: Leaves<Revisioned> | undefined) =>
  leaves
    ? [leaves.winner.rev, ...leaves.losers.map((l) => l.rev)].sort().join()
    : '';

/**
 * Writes the import in one transaction: all of it or, if anything fails (a
 * full disk), none of it. The plan is recomputed inside the transaction, so
 * an edit made since the preview is merged, not overwritten.
 */
export async function applyImport(
  reads: readonly NamedRead[],
): Promise<ImportLogEntry> {
  const tables = [
    db.offices,
    db.measures,
    db.updates,
    db.conflicts,
    db.imports,
    db.settings,
    db.summaries,
  ];
  return writeTransaction(tables, async () => {
    const plan = await planImport(reads);
    const touchedMeasures = new Set<string>();
    for (const kind of RECORD_KINDS) {
      const { stored, next } = plan.kinds[kind] as {
        stored: Map<string, Leaves<RecordOf[RecordKind]>>;
        next: Map<string, Leaves<RecordOf[RecordKind]>>;
      };
      const changed = [...next].filter(
        ([id, leaves]) => revsOf(stored.get(id)) !== revsOf(leaves),
      );
      if (changed.length === 0) continue;
      const ids = changed.map(([id]) => id);
      await db.table(kind).bulkPut(changed.map(([, leaves]) => leaves.winner));
      if (kind === 'measures') ids.forEach((id) => touchedMeasures.add(id));
      if (kind === 'updates') {
        for (const [, leaves] of changed) {
          touchedMeasures.add((leaves.winner as RecordOf['updates']).measureId);
        }
      }
      // Kept conflicts of the changed records give way to the new losers;
      // with none kept at all, there is nothing to look for.
      if ((await db.conflicts.count()) > 0)
        await db.conflicts
          .where('recordId')
          .anyOf(ids)
          .filter((row) => row.kind === kind)
          .delete();
      await db.conflicts.bulkPut(
        changed.flatMap(([id, leaves]) =>
          leaves.losers.map((record) => ({
            kind,
            recordId: id,
            rev: record.rev,
            record,
          })),
        ),
      );
    }
    await summarizeImport(plan, touchedMeasures);
    const counts = { ...emptyCounts(), invalid: plan.invalid.length };
    for (const office of plan.byOffice.values()) {
      for (const [kind, n] of Object.entries(office))
        counts[kind as keyof typeof office] += n;
    }
    const entry: ImportLogEntry = {
      id: newId(),
      at: nowIso(),
      files: reads.map((r) => r.file),
      officeIds: [...plan.byOffice.keys()],
      counts,
    };
    await db.imports.add(entry);
    if (counts.added + counts.updated + counts.conflict > 0)
      await noteChange(entry.at);
    return entry;
  });
}
