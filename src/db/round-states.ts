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
import { isLive } from './records';
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
  summary: MeasureSummary | undefined,
  round: Round,
): MeasureInRound | null {
  if (!summary?.roundDates) return null;
  return {
    lastDate: summary.roundDates[round] ?? null,
    completed: summary.latest?.status === 'completed',
  };
}

/**
 * Each expected office's state for the round, in the list's Thai order.
 * It reads the measures of the year and their summaries, as the offices
 * comparison does, so at 8,000 offices it never reads the 1,000,000
 * updates; only a measure whose summary was written before summaries kept
 * the round dates has its update row read.
 */
export async function roundStates(q: RoundQuery): Promise<ExpectedInRound[]> {
  const expected = await listExpectedOffices();
  const officeIds = expected.flatMap((e) => (e.officeId ? [e.officeId] : []));
  const keys = officeIds.map((id) => [id, q.fiscalYear]);
  const [stored, summaries, approved] = await Promise.all([
    db.measures.where('[officeId+fiscalYear]').anyOf(keys).toArray(),
    db.summaries.where('[officeId+fiscalYear]').anyOf(keys).toArray(),
    q.approved ?? approvedOffices(officeIds, q.fiscalYear, q.round),
  ]);
  const measures = stored.filter(isLive);
  const summaryOf = new Map(summaries.map((s) => [s.measureId, s]));
  const inRound = measures.map((m) =>
    fromSummary(summaryOf.get(m.id), q.round),
  );
  const unsummarized = measures.filter((_, i) => inRound[i] === null);
  const updates = await storedUpdatesOfMeasures(unsummarized.map((m) => m.id));
  const fromUpdates = new Map(
    unsummarized.map((m, i) => [
      m.id,
      measureInRound(updates[i] ?? [], q.fiscalYear, q.round),
    ]),
  );
  const byOffice = new Map<string, MeasureInRound[]>();
  measures.forEach((measure, i) => {
    const state = inRound[i] ?? fromUpdates.get(measure.id);
    if (!state) return;
    const list = byOffice.get(measure.officeId);
    if (list) list.push(state);
    else byOffice.set(measure.officeId, [state]);
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
