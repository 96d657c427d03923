import { useMemo } from 'react';

import { useOfficeDashboardRows } from '@/db/dashboard-queries';
import { measureFacts } from '@/domain/dashboard/measure-facts';
import { roundCompleteness } from '@/domain/dashboard/round-completeness';
import type { Round } from '@/domain/types';
import { useToday } from '@/ui/use-today';

/**
 * The office's measures of the year still without an update that counts for
 * the round, as the dashboard's round completeness counts them (cancelled
 * measures owe nothing); undefined while loading.
 */
export function useMissingInRound(
  officeId: string,
  fiscalYear: number,
  round: Round,
): string[] | undefined {
  const rows = useOfficeDashboardRows(officeId, fiscalYear);
  const today = useToday();
  return useMemo(
    () =>
      rows && roundCompleteness(measureFacts(rows, today), round).missingIds,
    [rows, today, round],
  );
}
