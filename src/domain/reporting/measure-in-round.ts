/**
 * A measure as it stands for a round, from its updates: the input of the
 * reporting rate (reporting-rate.ts), by the one rule for rounds.
 */
import { latestUpdate } from '../measure-status';
import { countsForRound } from '../round';
import type { ProgressUpdate, Round } from '../types';
import type { MeasureInRound } from './reporting-rate';

/** measureInRound(updates, 2568, 'six-month').lastDate: its last update dated in (or handed in late for) the round */
export function measureInRound(
  updates: readonly ProgressUpdate[],
  fiscalYear: number,
  round: Round,
): MeasureInRound {
  const live = updates.filter((u) => !u.deleted);
  let lastDate: string | null = null;
  for (const u of live)
    if (
      countsForRound(u, fiscalYear, round) &&
      (lastDate === null || u.date > lastDate)
    )
      lastDate = u.date;
  return {
    lastDate,
    completed: latestUpdate(live)?.status === 'completed',
  };
}
