import { useMemo } from 'react';

import { useMeasures, useOfficeUpdates } from '@/db/live';
import { latestUpdate, measureStatus } from '@/domain/measure-status';
import type { ProgressUpdate } from '@/domain/types';
import { useToday } from '@/ui/use-today';

import type { MeasureRow } from './measure-filters';

/** The year's measures with their number, derived status and last update date. */
export function useMeasureRows(
  officeId: string,
  fiscalYear: number,
): MeasureRow[] | undefined {
  const measures = useMeasures(officeId, fiscalYear);
  const updates = useOfficeUpdates(officeId);
  const today = useToday();
  return useMemo(() => {
    if (!measures || !updates) return undefined;
    const byMeasure = new Map<string, ProgressUpdate[]>();
    for (const update of updates) {
      const list = byMeasure.get(update.measureId) ?? [];
      list.push(update);
      byMeasure.set(update.measureId, list);
    }
    return measures.map((measure, index) => {
      const own = byMeasure.get(measure.id) ?? [];
      return {
        measure,
        number: index + 1,
        status: measureStatus(measure, own, today),
        lastUpdate: latestUpdate(own)?.date,
      };
    });
  }, [measures, updates, today]);
}
