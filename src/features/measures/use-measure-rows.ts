import { useMemo } from 'react';

import { useOfficeDashboardRows } from '@/db/dashboard-queries';
import { statusFromLatest } from '@/domain/measure-status';
import { useToday } from '@/ui/use-today';

import type { MeasureRow } from './measure-filters';

/**
 * The year's measures with their number, derived status, latest percent
 * and last update date, from each measure's summary: the list never reads
 * every update, so it stays quick however many updates an office has.
 */
export function useMeasureRows(
  officeId: string,
  fiscalYear: number,
): MeasureRow[] | undefined {
  const rows = useOfficeDashboardRows(officeId, fiscalYear);
  const today = useToday();
  return useMemo(
    () =>
      rows?.map(({ measure, summary }, index) => ({
        measure,
        number: index + 1,
        status: statusFromLatest(measure, summary?.latest ?? undefined, today),
        percent: summary?.latest?.percent,
        lastUpdate: summary?.latest?.date,
        rounds: summary?.rounds ?? [],
      })),
    [rows, today],
  );
}
