/**
 * Named commands and live queries for round deadlines (domain/deadlines.ts):
 * a record per fiscal year and round, with the same id on every device, so
 * a date set here and one that arrives by bundle merge as one record.
 */
import { useLiveQuery } from 'dexie-react-hooks';

import { DEFAULT_REMINDER_DAYS, deadlineId } from '@/domain/deadlines';
import { createRecord, reviseRecord } from '@/domain/revision';
import type { IsoDate, Round, RoundDeadline } from '@/domain/types';

import { db } from './app-db';
import { removeRecord, storedLeaves } from './records';
import { getSetting, setSetting } from './settings';
import { writeChange } from './write/write-change-on-demand';

/** The deadlines set for these fiscal years, tombstones left out. */
export async function listDeadlines(
  fiscalYears: readonly number[],
): Promise<RoundDeadline[]> {
  const rows = await db.deadlines
    .where('fiscalYear')
    .anyOf([...fiscalYears])
    .toArray();
  return rows.filter((d) => !d.deleted);
}

export function useDeadlines(
  fiscalYears: readonly number[],
): RoundDeadline[] | undefined {
  return useLiveQuery(() => listDeadlines(fiscalYears), [fiscalYears.join()]);
}

/**
 * Sets a round's due date: a new record the first time, else a new revision
 * of the stored one (a deleted one comes back); nothing when unchanged.
 */
export function setDeadline(
  fiscalYear: number,
  round: Round,
  due: IsoDate,
): Promise<RoundDeadline> {
  return writeChange({ cause: 'edit' }, async (change) => {
    const id = deadlineId(fiscalYear, round);
    const current = (await storedLeaves('deadlines', { id }))?.winner;
    if (current && !current.deleted && current.due === due) return current;
    const content = { fiscalYear, round, due };
    const version = current
      ? reviseRecord(current, content, change.at)
      : createRecord<RoundDeadline>(content, id, change.at);
    await change.write({ deadlines: [version] });
    return version;
  });
}

/** Back to the default due date: the record set is deleted (a tombstone travels). */
export function clearDeadline(fiscalYear: number, round: Round) {
  return writeChange({ cause: 'edit' }, (change) =>
    removeRecord(change, 'deadlines', { id: deadlineId(fiscalYear, round) }),
  );
}

/** N of "remind N days before a due date", remembered on this device. */
export function useReminderDays(): number | undefined {
  return useLiveQuery(
    async () => (await getSetting('reminderDays')) ?? DEFAULT_REMINDER_DAYS,
    [],
  );
}

export function saveReminderDays(days: number): Promise<void> {
  return setSetting('reminderDays', days);
}
