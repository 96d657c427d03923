import { Redirect } from 'wouter';

import { useDeadlines } from '@/db/deadlines';
import { dueDatesOf, openRound } from '@/domain/deadlines';
import { fiscalYearOf } from '@/domain/fiscal-year';
import { useToday } from '@/ui/use-today';

import { roundPath } from './round-choice';

/**
 * /rounds: the round a consolidator is chasing today: the open one (the
 * annual report of last year is open until its due date in October),
 * else the one last due.
 */
export function CurrentRound() {
  const today = useToday();
  const year = fiscalYearOf(today);
  const deadlines = useDeadlines([year - 1, year]);
  if (!deadlines) return null;
  const dues = [
    ...dueDatesOf(year - 1, deadlines),
    ...dueDatesOf(year, deadlines),
  ];
  const open = openRound(dues, today);
  const last = dues
    .filter((d) => d.due < today)
    .sort((a, b) => b.due.localeCompare(a.due))[0];
  const to = open ?? last ?? { fiscalYear: year, round: 'six-month' as const };
  return <Redirect to={roundPath(to.fiscalYear, to.round)} replace />;
}
