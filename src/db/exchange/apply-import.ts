import type { ImportLogEntry } from '../app-db';
import { nowIso } from '../clock';
import { writeTransaction } from '../write-transaction';
import { summarizeImport } from './import-summaries';
import { originBook } from './origins';
import { planImport, type NamedRead } from './plan-import';
import { importTables, logImport, writePlan } from './write-plan';

/**
 * Writes the import in one transaction: all of it or, if anything fails (a
 * full disk), none of it. The plan is recomputed inside the transaction, so
 * an edit made since the preview is merged, not overwritten. `signal`
 * cancels it: aborted, nothing is written.
 */
export async function applyImport(
  reads: readonly NamedRead[],
  signal?: AbortSignal,
): Promise<ImportLogEntry> {
  return writeTransaction(
    importTables(),
    async () => {
      const plan = await planImport(reads);
      const touchedMeasures = new Set<string>();
      const origins = originBook(nowIso()).forPlan(plan, reads);
      await writePlan(plan, touchedMeasures, { originsOf: origins });
      await summarizeImport(plan, touchedMeasures);
      return logImport(
        reads.map((r) => r.file),
        plan.byOffice,
        plan.invalid.length,
      );
    },
    signal,
  );
}
