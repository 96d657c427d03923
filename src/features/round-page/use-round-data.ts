import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo } from 'react';

import { useDeadlines } from '@/db/deadlines';
import { roundStates } from '@/db/round-states';
import { dueDatesOf, type DueDate } from '@/domain/deadlines';
import { rankRoundRows, type RankedRow } from '@/domain/reporting/round-table';
import type { Round } from '@/domain/types';
import { useToday } from '@/ui/use-today';

import { markRoundData } from './round-data-mark';

export interface RoundData {
  /** The round's due date as it applies (the one set, or the default). */
  due: DueDate;
  rows: RankedRow[];
  today: string;
}

/**
 * Every expected office's state for the round, live (an import, a new due
 * date or an approval redraws it); undefined while it is read.
 */
export function useRoundData(
  fiscalYear: number,
  round: Round,
): RoundData | undefined {
  const today = useToday();
  const deadlines = useDeadlines([fiscalYear]);
  const due = deadlines
    ? dueDatesOf(fiscalYear, deadlines).find((d) => d.round === round)
    : undefined;
  // The date that applies, a default too: the one the offices were
  // reminded of (decisions.md, issue 13: the round page).
  const dueDate = due?.due ?? null;
  const states = useLiveQuery(
    () =>
      // Approved: from the sign-off records, read in the same live query,
      // so an approval or a reopening imported redraws the page.
      roundStates({ fiscalYear, round, dueDate, today }).then((rows) => {
        markRoundData();
        return { key: `${fiscalYear}:${round}`, rows };
      }),
    [fiscalYear, round, dueDate, today],
  );
  // The rows of another round, kept while this one is read, are not shown.
  const current = states?.key === `${fiscalYear}:${round}` ? states : null;
  const ranked = useMemo(
    () => (current ? rankRoundRows(current.rows) : undefined),
    [current],
  );
  // Drawn in a transition, which React renders in slices of a few
  // milliseconds: 8,000 offices arriving never make one long task.
  const rows = useDeferredValue(ranked);
  if (!due || !rows) return undefined;
  return { due, rows, today };
}
