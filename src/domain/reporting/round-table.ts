/**
 * The round page's table (issue 13): which expected offices a figure or a
 * filter stands for, and their order (round-url.ts keeps both in the URL).
 *
 * Sorting is by numbers only: names and districts are ranked once, in
 * Thai order, when the rows arrive (rankRoundRows), so sorting 8,000
 * offices never calls the Thai collator (60–130 ms for 8,000 names).
 */
import type { ExpectedOffice } from '../expected/expected-office';
import { compareThai, type TableSort } from '../table-sort';
import { isOnTime, isReceived, type OfficeRoundState } from './reporting-rate';

/** An expected office and its state for the round. */
export interface ExpectedInRound {
  office: ExpectedOffice;
  state: OfficeRoundState;
}

/**
 * What the table shows: every office, those behind a figure (received, on
 * time, approved), or those of a state.
 */
export const ROUND_SHOWS = [
  'all',
  'received',
  'on-time',
  'approved',
  'awaiting-approval',
  'late',
  'not-received',
  'overdue',
] as const;
export type RoundShow = (typeof ROUND_SHOWS)[number];

export interface RoundFilter {
  show: RoundShow;
  /** '' = every district. */
  district: string;
}

export const ROUND_SORT_KEYS = [
  'name',
  'district',
  'state',
  'receivedOn',
  'daysLate',
  'reported',
] as const;
export type RoundSortKey = (typeof ROUND_SORT_KEYS)[number];
export type RoundSort = TableSort<RoundSortKey>;

export const DEFAULT_ROUND_SORT: RoundSort = {
  key: 'name',
  direction: 'ascending',
};

/** Not received and past its due date: the overdue checklist's offices. */
export const isOverdue = (s: OfficeRoundState) =>
  s.state === 'not-received' && (s.daysLate ?? 0) > 0;

/** isShown('on-time', state): the office counts in that figure or state. */
export function isShown(show: RoundShow, s: OfficeRoundState): boolean {
  switch (show) {
    case 'all':
      return true;
    case 'received':
      return isReceived(s);
    case 'on-time':
      return isOnTime(s);
    case 'approved':
      return s.state === 'approved';
    case 'awaiting-approval':
      return s.state === 'received';
    case 'late':
      return isReceived(s) && (s.daysLate ?? 0) > 0;
    case 'not-received':
      return s.state === 'not-received';
    case 'overdue':
      return isOverdue(s);
  }
}

/** A row with its name's and district's places in Thai order. */
export interface RankedRow extends ExpectedInRound {
  nameRank: number;
  districtRank: number;
}

/**
 * Ranks rows that come in the list's Thai name order (db/expected-offices):
 * the name rank is the place in it, the district's among the districts.
 */
export function rankRoundRows(rows: readonly ExpectedInRound[]): RankedRow[] {
  const districts = [...new Set(rows.map((r) => r.office.district))].sort(
    compareThai,
  );
  const districtRank = new Map(districts.map((d, i) => [d, i]));
  return rows.map((row, nameRank) => ({
    ...row,
    nameRank,
    districtRank: districtRank.get(row.office.district) ?? 0,
  }));
}

/** The districts of the rows, in Thai order, for the district filter. */
export function districtsOf(rows: readonly ExpectedInRound[]): string[] {
  return [...new Set(rows.map((r) => r.office.district).filter(Boolean))].sort(
    compareThai,
  );
}

export function filterRoundRows<R extends ExpectedInRound>(
  rows: readonly R[],
  filter: RoundFilter,
): R[] {
  return rows.filter(
    (r) =>
      (!filter.district || r.office.district === filter.district) &&
      isShown(filter.show, r.state),
  );
}

// Not received first: the state to chase.
const STATE_ORDER = { 'not-received': 0, received: 1, approved: 2 } as const;

/** The figure a row sorts by; null (nothing to sort by) goes last either way. */
function sortValue(row: RankedRow, key: RoundSortKey): number | null {
  const { state } = row;
  switch (key) {
    case 'name':
      return row.nameRank;
    case 'district':
      return row.districtRank;
    case 'state':
      return STATE_ORDER[state.state];
    case 'receivedOn':
      // yyyy-mm-dd as the number yyyymmdd.
      return state.receivedOn === null
        ? null
        : Number(state.receivedOn.replaceAll('-', ''));
    case 'daysLate':
      return state.daysLate;
    case 'reported':
      return state.measures === 0 ? null : state.reported / state.measures;
  }
}

/** sortRoundRows(rows, { key: 'daysLate', direction: 'descending' }): latest first, ties by name. */
export function sortRoundRows(
  rows: readonly RankedRow[],
  sort: RoundSort,
): RankedRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  // Each value computed once, not at each of the n log n comparisons.
  const keyed = rows.map((row) => ({ row, value: sortValue(row, sort.key) }));
  keyed.sort((x, y) => {
    if (x.value !== y.value) {
      if (x.value === null) return 1;
      if (y.value === null) return -1;
      return sign * (x.value - y.value);
    }
    return x.row.nameRank - y.row.nameRank;
  });
  return keyed.map((k) => k.row);
}
