/**
 * The expected offices as they stand for a round: what the round page
 * (issue 13) lists, computed by the pure reporting rate from the measures
 * and summaries stored for each expected office that was imported.
 */
import type { MeasureSummary } from '@/domain/measure-summary';
import { measureInRound } from '@/domain/reporting/measure-in-round';
import {
  officeRoundState,
  type MeasureInRound,
} from '@/domain/reporting/reporting-rate';
import type { ExpectedInRound } from '@/domain/reporting/round-table';
import type { IsoDate, Round } from '@/domain/types';

import { db } from './app-db';
import { listExpectedOffices } from './expected-offices';
import { approvedOffices } from './sign-off';
import { storedUpdatesOfMeasures } from './update-groups';

export interface RoundQuery {
  fiscalYear: number;
  round: Round;
  /** The round's due date (issue 13's deadlines), none when not set. */
  dueDate: IsoDate | null;
  /**
   * The imported offices whose report of the round is signed off; read
   * from the sign-off records (approvedOffices) when not given.
   */
  approved?: ReadonlySet<string>;
  today: IsoDate;
}

export type { ExpectedInRound };

/** The measure as it stands for the round, from its summary when that keeps the round dates. */
function fromSummary(
  summary: MeasureSummary,
  round: Round,
): MeasureInRound | null {
  if (!summary.roundDates) return null;
  return {
    lastDate: summary.roundDates[round] ?? null,
    completed: summary.latest?.status === 'completed',
  };
}

/**
 * Each expected office's state for the round, in the list's Thai order.
 * It reads the year's summaries, one row per live measure (the write path
 * keeps one for every live measure and deletes it with the measure), so at
 * 8,000 offices it never reads the 1,000,000 updates nor the measures'
 * text; only a measure whose summary was written before summaries kept the
 * round dates has its update row read. Each read is one range of an
 * index: `anyOf` 8,000 keys walks a cursor row by row (tens of seconds at
 * the nation scale) and leaves a live query 8,000 ranges to watch.
 */
export async function roundStates(q: RoundQuery): Promise<ExpectedInRound[]> {
  const expected = await listExpectedOffices();
  const officeIds = expected.flatMap((e) => (e.officeId ? [e.officeId] : []));
  const wanted = new Set(officeIds);
  const [summaries, approved] = await Promise.all([
    db.summaries.where('fiscalYear').equals(q.fiscalYear).toArray(),
    q.approved ?? approvedOffices(officeIds, q.fiscalYear, q.round),
  ]);
  const mine = summaries.filter((s) => wanted.has(s.officeId));
  const inRound = mine.map((s) => fromSummary(s, q.round));
  const older = mine.filter((_, i) => inRound[i] === null);
  const updates = await storedUpdatesOfMeasures(older.map((s) => s.measureId));
  const fromUpdates = new Map(
    older.map((s, i) => [
      s.measureId,
      measureInRound(updates[i] ?? [], q.fiscalYear, q.round),
    ]),
  );
  const byOffice = new Map<string, MeasureInRound[]>();
  mine.forEach((summary, i) => {
    const state = inRound[i] ?? fromUpdates.get(summary.measureId);
    if (!state) return;
    const list = byOffice.get(summary.officeId);
    if (list) list.push(state);
    else byOffice.set(summary.officeId, [state]);
  });
  return expected.map((office) => ({
    office,
    state: officeRoundState(
      {
        id: office.id,
        district: office.district,
        measures: office.officeId ? (byOffice.get(office.officeId) ?? []) : [],
        approved: office.officeId !== null && approved.has(office.officeId),
      },
      q.dueDate,
      q.today,
    ),
  }));
}
