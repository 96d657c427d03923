/**
 * Live queries: React hooks that re-render when the data changes, in this tab
 * or another (Dexie's liveQuery observes IndexedDB across tabs).
 */
import { useLiveQuery } from 'dexie-react-hooks';

import type { Measure, Office, ProgressUpdate } from '@/domain/types';

import { db } from './app-db';
import { conflictsByMeasure, openConflictCount } from './measure-conflicts';
import { listMeasures } from './measures';
import { listOffices } from './offices';
import { primedKeys, usePrimed } from './primed';
import { isLive } from './records';
import { getSetting } from './settings';
import { listOfficeUpdates, listUpdates } from './updates';

export interface Workspace {
  offices: Office[];
  /** The office the app works on; undefined before the first-run setup. */
  office: Office | undefined;
  fiscalYear: number;
}

type WorkspaceSettings = Promise<[string | undefined, number | undefined]>;

/**
 * Reads the workspace; `settings` lets the start-up read (first-screen.ts)
 * share the settings it has already asked for.
 */
export async function readWorkspace(
  currentFiscalYear: number,
  settings: WorkspaceSettings = Promise.all([
    getSetting('officeId'),
    getSetting('fiscalYear'),
  ]),
): Promise<Workspace> {
  const [offices, [officeId, fiscalYear]] = await Promise.all([
    listOffices(),
    settings,
  ]);
  const office = offices.find((o) => o.id === officeId) ?? offices[0];
  return { offices, office, fiscalYear: fiscalYear ?? currentFiscalYear };
}

/** The selected office and fiscal year; undefined while loading. */
export function useWorkspace(currentFiscalYear: number): Workspace | undefined {
  const primed = usePrimed<Workspace>(primedKeys.workspace(currentFiscalYear));
  return useLiveQuery(
    () => readWorkspace(currentFiscalYear),
    [currentFiscalYear],
    primed,
  );
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

/** How many records have an open conflict (for the menu). */
export function useConflictCount(): number | undefined {
  return useLiveQuery(openConflictCount);
}

/** Measures with a version in conflict (theirs or an update's), live. */
export function useMeasureConflicts() {
  return useLiveQuery(conflictsByMeasure);
}
