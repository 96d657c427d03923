// What the app has stored, read straight from IndexedDB: to prove that a
// rejected import or a failed save left the database exactly as it was,
// and to read the journal of changes.
import type { Page } from '@playwright/test';

/**
 * The tables that hold data (not device settings or drafts): the records
 * (round deadlines, a round's report texts, approvals and OIT items too), their
 * conflicts and summaries, the journal and the kept bodies of
 * replaced versions. Updates are stored a row per measure
 * (`updateGroups`); the snapshot lists the records.
 */
const DATA_TABLES = [
  'offices',
  'measures',
  'updateGroups',
  'deadlines',
  'roundReports',
  'approvals',
  'oitItems',
  'conflicts',
  'imports',
  'summaries',
  'journal',
  'history',
] as const;
type DataTable = Exclude<(typeof DATA_TABLES)[number], 'updateGroups'>;

export type Snapshot = Record<DataTable | 'updates', unknown[]>;

/** Every row of the data tables, in key order. */
export async function databaseSnapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(async (tables) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ita-tracker');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open'));
    });
    try {
      const tx = db.transaction([...tables], 'readonly');
      const rows = await Promise.all(
        tables.map(
          (table) =>
            new Promise<unknown[]>((resolve, reject) => {
              const request = tx.objectStore(table).getAll();
              request.onsuccess = () => resolve(request.result as unknown[]);
              request.onerror = () => reject(request.error ?? new Error(table));
            }),
        ),
      );
      const byTable = Object.fromEntries(
        tables.map((table, i) => [table, rows[i] ?? []]),
      );
      const { updateGroups, ...rest } = byTable;
      const updates = (updateGroups as { updates: unknown[] }[]).flatMap(
        (group) => group.updates,
      );
      return { ...rest, updates } as Snapshot;
    } finally {
      db.close();
    }
  }, DATA_TABLES);
}

/** A journal entry as a test reads it (the app keeps them a row per batch). */
export interface JournalLine {
  seq: number;
  cause: string;
  by?: string;
  kind: 'o' | 'm' | 'u';
  id: string;
}

/** Every journal entry, in order. */
export async function journalLines(page: Page): Promise<JournalLine[]> {
  const { journal } = await databaseSnapshot(page);
  return (
    journal as {
      first: number;
      cause: string;
      by?: string;
      kinds: string;
      ids: string[];
    }[]
  ).flatMap((row) =>
    row.ids.map((id, i) => ({
      seq: row.first + i,
      cause: row.cause,
      ...(row.by ? { by: row.by } : {}),
      kind: (row.kinds[i] ?? '').toLowerCase() as JournalLine['kind'],
      id,
    })),
  );
}
