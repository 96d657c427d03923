/**
 * Live queries: React hooks that re-render when the data changes, in this tab
 * or another (Dexie's liveQuery observes IndexedDB across tabs).
 */
import { useLiveQuery } from 'dexie-react-hooks';

import type { Measure, Office, ProgressUpdate } from '@/domain/types';

import { db } from './app-db';
import { listMeasures } from './measures';
import { listOffices } from './offices';
import { isLive } from './records';
import { getSetting } from './settings';
import { listOfficeUpdates, listUpdates } from './updates';

export interface Workspace {
  offices: Office[];
  /** The office the app works on; undefined before the first-run setup. */
  office: Office | undefined;
  fiscalYear: number;
}

/** The selected office and fiscal year; undefined while loading. */
export function useWorkspace(currentFiscalYear: number): Workspace | undefined {
  return useLiveQuery(async () => {
    const [offices, officeId, fiscalYear] = await Promise.all([
      listOffices(),
      getSetting('officeId'),
      getSetting('fiscalYear'),
    ]);
    const office = offices.find((o) => o.id === officeId) ?? offices[0];
    return { offices, office, fiscalYear: fiscalYear ?? currentFiscalYear };
  }, [currentFiscalYear]);
}

export function useMeasures(officeId: string, fiscalYear: number) {
  return useLiveQuery(
    () => listMeasures(officeId, fiscalYear),
    [officeId, fiscalYear],
  );
}

/** A measure, `null` when it does not exist (or was deleted), undefined while loading. */
export function useMeasure(id: string): Measure | null | undefined {
  return useLiveQuery(async () => {
    const measure = await db.measures.get(id);
    return isLive(measure) ? measure : null;
  }, [id]);
}

export function useUpdates(measureId: string): ProgressUpdate[] | undefined {
  return useLiveQuery(() => listUpdates(measureId), [measureId]);
}

export function useOfficeUpdates(officeId: string) {
  return useLiveQuery(() => listOfficeUpdates(officeId), [officeId]);
}

/** How many records have kept conflicting versions (for the menu). */
export function useConflictCount(): number | undefined {
  return useLiveQuery(() =>
    db.conflicts
      .orderBy('recordId')
      .uniqueKeys()
      .then((k) => k.length),
  );
}
