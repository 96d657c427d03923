/**
 * The reporting rate of a round, as DHIS2 counts it for a period: of the
 * offices a consolidator expects, how many reported (received), by the due
 * date (on time), and signed off (approved). Pure: the round's due date,
 * its approvals and `today` are handed in, so the deadlines and sign-off
 * records (issue 13, items 2 and 3) and the stored summaries feed it
 * without this module knowing where they are kept.
 */
import { daysBetween } from '../fiscal-year';
import type { IsoDate } from '../types';

/** A measure of an expected office, as it stands for the round. */
export interface MeasureInRound {
  /**
   * The date of its latest update that counts for the round (domain/round.ts:
   * dated within it, or handed in late for it); null when none does.
   */
  lastDate: IsoDate | null;
  /** Its latest update says it is done. */
  completed: boolean;
}

/** An expected office and what this device holds of it for the round. */
export interface OfficeInRound {
  id: string;
  district: string;
  /** Its live measures of the round's fiscal year; none when nothing was imported. */
  measures: readonly MeasureInRound[];
  /** The office's manager signed off this round's report. */
  approved: boolean;
}

export type ReceiptState = 'not-received' | 'received' | 'approved';

export interface OfficeRoundState {
  id: string;
  district: string;
  state: ReceiptState;
  /** The date of its last update for the round: when its report was whole. */
  receivedOn: IsoDate | null;
  /**
   * Days the report came after the due date (0: on time); for an office
   * not received, days past the due date as of today (0: not yet due).
   * Null without a due date.
   */
  daysLate: number | null;
  measures: number;
  /** Its measures with an update that counts for the round. */
  reported: number;
  completed: number;
  /** Its measures whose update for the round came after the due date. */
  late: number;
}

const lateBy = (due: IsoDate | null, date: IsoDate | null) =>
  due === null || date === null ? null : Math.max(0, daysBetween(due, date));

/**
 * An office is received once one of its measures has an update for the
 * round, approved once signed off (an approval covers what was received).
 */
export function officeRoundState(
  office: OfficeInRound,
  dueDate: IsoDate | null,
  today: IsoDate,
): OfficeRoundState {
  let receivedOn: IsoDate | null = null;
  let reported = 0;
  let completed = 0;
  let late = 0;
  for (const measure of office.measures) {
    if (measure.completed) completed += 1;
    if (measure.lastDate === null) continue;
    reported += 1;
    // ISO dates compare as strings: no day count for each of a nation's
    // 96,000 measures (parsing them was most of the page's reading).
    if (dueDate !== null && measure.lastDate > dueDate) late += 1;
    if (receivedOn === null || measure.lastDate > receivedOn)
      receivedOn = measure.lastDate;
  }
  const state: ReceiptState = office.approved
    ? 'approved'
    : receivedOn !== null
      ? 'received'
      : 'not-received';
  return {
    id: office.id,
    district: office.district,
    state,
    receivedOn,
    daysLate: lateBy(dueDate, state === 'not-received' ? today : receivedOn),
    measures: office.measures.length,
    reported,
    completed,
    late,
  };
}

/** DHIS2's figures of a round: counts, and rates as fractions (null of none expected). */
export interface ReportingFigures {
  expected: number;
  received: number;
  onTime: number;
  approved: number;
  /** received / expected: DHIS2's reporting rate. */
  rate: number | null;
  /** onTime / expected: DHIS2's reporting rate on time. */
  rateOnTime: number | null;
}

export const isReceived = (s: OfficeRoundState) => s.state !== 'not-received';
/** Received by the due date; without a due date nothing is on time or late. */
export const isOnTime = (s: OfficeRoundState) =>
  isReceived(s) && s.daysLate === 0;

export function reportingFigures(
  states: readonly OfficeRoundState[],
): ReportingFigures {
  const expected = states.length;
  const received = states.filter(isReceived).length;
  const onTime = states.filter(isOnTime).length;
  const approved = states.filter((s) => s.state === 'approved').length;
  const of = (n: number) => (expected === 0 ? null : n / expected);
  return {
    expected,
    received,
    onTime,
    approved,
    rate: of(received),
    rateOnTime: of(onTime),
  };
}

/** The sums a consolidator would make in Excel: one row a district, one for the province. */
export interface RoundTotals extends ReportingFigures {
  district: string;
  measures: number;
  completed: number;
  late: number;
  reported: number;
}

function totalsOf(
  district: string,
  states: readonly OfficeRoundState[],
): RoundTotals {
  const sum = (pick: (s: OfficeRoundState) => number) =>
    states.reduce((n, s) => n + pick(s), 0);
  return {
    district,
    ...reportingFigures(states),
    measures: sum((s) => s.measures),
    completed: sum((s) => s.completed),
    late: sum((s) => s.late),
    reported: sum((s) => s.reported),
  };
}

/**
 * Totals by district, in the order given (the caller sorts in Thai), and
 * the province's (district ''): the sum of the districts' by construction.
 */
export function roundTotals(
  states: readonly OfficeRoundState[],
  districtOrder: (a: string, b: string) => number,
): { districts: RoundTotals[]; province: RoundTotals } {
  const byDistrict = new Map<string, OfficeRoundState[]>();
  for (const s of states) {
    const list = byDistrict.get(s.district);
    if (list) list.push(s);
    else byDistrict.set(s.district, [s]);
  }
  const districts = [...byDistrict.keys()]
    .sort(districtOrder)
    .map((d) => totalsOf(d, byDistrict.get(d) ?? []));
  return { districts, province: totalsOf('', states) };
}
