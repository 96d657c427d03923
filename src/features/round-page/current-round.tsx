import { Redirect } from 'wouter';

import { useDeadlines } from '@/db/deadlines';
import { dueDatesOf } from '@/domain/deadlines';
import { fiscalYearOf } from '@/domain/fiscal-year';
import { nearestRound } from '@/domain/reporting/round-url';
import { useToday } from '@/ui/use-today';

import { roundPath } from './round-choice';

/** /rounds: the round a consolidator looks at today, the one due nearest. */
export function CurrentRound() {
  const today = useToday();
  const year = fiscalYearOf(today);
  const deadlines = useDeadlines([year - 1, year]);
  if (!deadlines) return null;
  const dues = [
    ...dueDatesOf(year - 1, deadlines),
    ...dueDatesOf(year, deadlines),
  ];
  const to = nearestRound(dues, today) ?? {
    fiscalYear: year,
    round: 'six-month' as const,
  };
  return <Redirect to={roundPath(to.fiscalYear, to.round)} replace />;
}
