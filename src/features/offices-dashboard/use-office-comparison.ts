import { useMemo } from 'react';

import { useAllOfficesRows } from '@/db/dashboard-queries';
import { measureFacts } from '@/domain/dashboard/measure-facts';
import {
  compareOffices,
  type OfficeComparisonRow,
} from '@/domain/dashboard/office-comparison';
import { useToday } from '@/ui/use-today';

/** Every office's figures for the year, from measures and summaries only; undefined while loading. */
export function useOfficeComparison(
  fiscalYear: number,
): OfficeComparisonRow[] | undefined {
  const year = useAllOfficesRows(fiscalYear);
  const today = useToday();
  return useMemo(
    () => year && compareOffices(year.offices, measureFacts(year.rows, today)),
    [year, today],
  );
}
