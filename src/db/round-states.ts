/**
 * The expected offices as they stand for a round: what the round page
 * (issue 13) lists, computed by the pure reporting rate from the measures
 * and update rows stored for each expected office that was imported.
 */
import type { ExpectedOffice } from '@/domain/expected/expected-office';
import { measureInRound } from '@/domain/reporting/measure-in-round';
import {
  officeRoundState,
  type OfficeRoundState,
} from '@/domain/reporting/reporting-rate';
import type { IsoDate, Round } from '@/domain/types';

import { db } from './app-db';
import { listExpectedOffices } from './expected-offices';
import { isLive } from './records';

export interface RoundQuery {
  fiscalYear: number;
  round: Round;
  /** The round's due date (issue 13's deadlines), none when not set. */
  dueDate: IsoDate | null;
  /** The imported offices whose report of the round is signed off. */
  approved: ReadonlySet<string>;
  today: IsoDate;
}

export interface ExpectedInRound {
  office: ExpectedOffice;
  state: OfficeRoundState;
}

/** Each expected office's state for the round, in the list's Thai order. */
export async function roundStates(q: RoundQuery): Promise<ExpectedInRound[]> {
  const expected = await listExpectedOffices();
  const officeIds = expected.flatMap((e) => (e.officeId ? [e.officeId] : []));
  const measures = (
    await db.measures
      .where('[officeId+fiscalYear]')
      .anyOf(officeIds.map((id) => [id, q.fiscalYear]))
      .toArray()
  ).filter(isLive);
  const groups = await db.updateGroups.bulkGet(measures.map((m) => m.id));
  const byOffice = new Map<string, ReturnType<typeof measureInRound>[]>();
  measures.forEach((measure, i) => {
    const inRound = measureInRound(
      groups[i]?.updates ?? [],
      q.fiscalYear,
      q.round,
    );
    const list = byOffice.get(measure.officeId);
    if (list) list.push(inRound);
    else byOffice.set(measure.officeId, [inRound]);
  });
  return expected.map((office) => ({
    office,
    state: officeRoundState(
      {
        id: office.id,
        district: office.district,
        measures: office.officeId ? (byOffice.get(office.officeId) ?? []) : [],
        approved: office.officeId !== null && q.approved.has(office.officeId),
      },
      q.dueDate,
      q.today,
    ),
  }));
}
