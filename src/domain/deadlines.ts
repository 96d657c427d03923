/**
 * Round deadlines (กำหนดส่งรายงาน): the day each round's report of a fiscal
 * year is due. A consolidator may set them (a RoundDeadline record, one per
 * fiscal year and round); until then the defaults apply, a month after the
 * round ends (docs/decisions.md, issue 13): the 6-month report (Oct–Mar) on
 * 30 April, the annual one (the whole year, Oct–Sep) on 31 October.
 */
import {
  daysBetween,
  isIsoDate,
  isoDateOf,
  toGregorianYear,
} from './fiscal-year';
import { lateUntil, roundRange } from './round';
import { ROUNDS, type IsoDate, type Round, type RoundDeadline } from './types';

/** How many days before a due date the app starts to remind, unless the device says otherwise. */
export const DEFAULT_REMINDER_DAYS = 14;

/** The one id of a fiscal year's round deadline: set on two devices, it merges. */
export function deadlineId(fiscalYear: number, round: Round): string {
  return `deadline-${fiscalYear}-${round}`;
}

/** defaultDue(2568, 'six-month') === '2025-04-30'; defaultDue(2568, 'annual') === '2025-10-31' */
export function defaultDue(fiscalYear: number, round: Round): IsoDate {
  const endYear = toGregorianYear(fiscalYear);
  return round === 'six-month'
    ? isoDateOf(endYear, 4, 30)
    : isoDateOf(endYear, 10, 31);
}

/** A round's due date as it applies: the one set, or the default. */
export interface DueDate {
  fiscalYear: number;
  round: Round;
  due: IsoDate;
  isDefault: boolean;
}

/** Both rounds' due dates of a fiscal year, from the live deadlines set. */
export function dueDatesOf(
  fiscalYear: number,
  deadlines: readonly RoundDeadline[],
): DueDate[] {
  return ROUNDS.map((round) => {
    const set = deadlines.find(
      (d) => !d.deleted && d.fiscalYear === fiscalYear && d.round === round,
    );
    return set
      ? { fiscalYear, round, due: set.due, isDefault: false }
      : {
          fiscalYear,
          round,
          due: defaultDue(fiscalYear, round),
          isDefault: true,
        };
  });
}

export type DueProblem = 'notADate' | 'beforeStart' | 'afterLate';

/**
 * Why a due date cannot be a round's: not a date, before the round starts
 * (nothing could be reported by then), or after the last day a report
 * handed in late still counts for it (domain/round.ts), when it could no
 * longer count at all.
 */
export function dueProblem(
  fiscalYear: number,
  round: Round,
  due: IsoDate,
): DueProblem | null {
  if (!isIsoDate(due)) return 'notADate';
  if (due < roundRange(fiscalYear, round).start) return 'beforeStart';
  if (due > lateUntil(fiscalYear, round)) return 'afterLate';
  return null;
}

/** daysToDue('2025-04-20', '2025-04-30') === 10; negative once passed. */
export function daysToDue(today: IsoDate, due: IsoDate): number {
  return daysBetween(today, due);
}

/**
 * The round open on `today`: of those begun whose report is not yet due,
 * the one due first (the 6-month round until its due date, then the
 * annual one), or null when every report of these dates is due.
 */
export function openRound(
  dues: readonly DueDate[],
  today: IsoDate,
): DueDate | null {
  const open = dues.filter(
    (d) => roundRange(d.fiscalYear, d.round).start <= today && today <= d.due,
  );
  return open.sort((a, b) => a.due.localeCompare(b.due))[0] ?? null;
}

export type Reminder = DueDate & { days: number };

/** The due dates `days` or fewer days ahead, the due day included, nearest first. */
export function remindersOn(
  dues: readonly DueDate[],
  today: IsoDate,
  days: number,
): Reminder[] {
  return dues
    .map((d) => ({ ...d, days: daysToDue(today, d.due) }))
    .filter((d) => d.days >= 0 && d.days <= days)
    .sort((a, b) => a.days - b.days);
}
