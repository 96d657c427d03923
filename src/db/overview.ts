/**
 * One line per office for consolidators: its years, how much it holds, when
 * it last reported, when it last arrived by import, and open conflicts.
 */
import { db } from './app-db';
import { listOffices } from './offices';
import { isLive } from './records';

export interface OfficeOverview {
  officeId: string;
  name: string;
  district: string;
  province: string;
  fiscalYears: number[];
  measures: number;
  updates: number;
  lastUpdate: string | undefined;
  lastImport: string | undefined;
  conflicts: number;
}

export async function officesOverview(): Promise<OfficeOverview[]> {
  const [offices, measures, updates, imports, conflicts] = await Promise.all([
    listOffices(),
    db.measures.toArray(),
    db.updates.toArray(),
    db.imports.orderBy('at').toArray(),
    db.conflicts.toArray(),
  ]);
  const liveMeasures = measures.filter(isLive);
  const liveUpdates = updates.filter(isLive);
  const conflictOffice = (row: (typeof conflicts)[number]) =>
    row.kind === 'offices'
      ? row.recordId
      : (row.record as { officeId: string }).officeId;
  return offices.map((office) => {
    const own = liveMeasures.filter((m) => m.officeId === office.id);
    const ownUpdates = liveUpdates.filter((u) => u.officeId === office.id);
    const lastUpdate = ownUpdates.reduce<string | undefined>(
      (latest, u) =>
        latest === undefined || u.date > latest ? u.date : latest,
      undefined,
    );
    return {
      officeId: office.id,
      name: office.name,
      district: office.district,
      province: office.province,
      fiscalYears: [...new Set(own.map((m) => m.fiscalYear))].sort(
        (a, b) => b - a,
      ),
      measures: own.length,
      updates: ownUpdates.length,
      lastUpdate,
      lastImport: imports.findLast((entry) =>
        entry.officeIds.includes(office.id),
      )?.at,
      conflicts: new Set(
        conflicts
          .filter((row) => conflictOffice(row) === office.id)
          .map((r) => r.recordId),
      ).size,
    };
  });
}
