/**
 * The round page's table (issue 13): which expected offices a figure or a
 * filter stands for, their order, and the filter and order as the page's
 * URL keeps them (so a link to "the offices not received in อ.เมือง" can
 * be shared, bookmarked, and undone with the back button).
 *
 * Sorting is by numbers only: names and districts are ranked once, in
 * Thai order, when the rows arrive (rankRoundRows), so sorting 8,000
 * offices never calls the Thai collator (60–130 ms for 8,000 names).
 */
import type { ExpectedOffice } from '../expected/expected-office';
import { daysBetween } from '../fiscal-year';
import { compareThai, type SortDirection, type TableSort } from '../table-sort';
import { ROUNDS, type IsoDate, type Round } from '../types';
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

const isOneOf = <T extends string>(list: readonly T[], value: unknown) =>
  list.includes(value as T);

/** readRoundQuery('?show=overdue&district=เมือง'): the filter and order a URL asks for; anything unknown is the default. */
export function readRoundQuery(search: string): {
  filter: RoundFilter;
  sort: RoundSort;
} {
  const params = new URLSearchParams(search);
  const show = params.get('show');
  const key = params.get('sort');
  const direction = params.get('dir');
  return {
    filter: {
      show: isOneOf(ROUND_SHOWS, show) ? (show as RoundShow) : 'all',
      district: params.get('district') ?? '',
    },
    sort: isOneOf(ROUND_SORT_KEYS, key)
      ? {
          key: key as RoundSortKey,
          direction:
            direction === 'descending' ? 'descending' : ('ascending' as const),
        }
      : DEFAULT_ROUND_SORT,
  };
}

/** The query of a filter and order: defaults left out, so the plain page has none. */
export function roundQuery(filter: RoundFilter, sort: RoundSort): string {
  const params = new URLSearchParams();
  if (filter.show !== 'all') params.set('show', filter.show);
  if (filter.district) params.set('district', filter.district);
  if (
    sort.key !== DEFAULT_ROUND_SORT.key ||
    sort.direction !== DEFAULT_ROUND_SORT.direction
  ) {
    params.set('sort', sort.key);
    params.set('dir', sort.direction satisfies SortDirection);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * readRoundParams('2568', 'six-month') → { fiscalYear: 2568, round: 'six-month' };
 * null for a year or round the app has no page for (a typo in a shared link).
 */
export function readRoundParams(
  fiscalYear: string,
  round: string,
): { fiscalYear: number; round: Round } | null {
  if (!/^\d{4}$/.test(fiscalYear) || !isOneOf(ROUNDS, round)) return null;
  const year = Number(fiscalYear);
  // Buddhist-era years: a Christian-era year (2025) is no fiscal year of ours.
  if (year < 2500 || year > 2700) return null;
  return { fiscalYear: year, round: round as Round };
}

/**
 * The round a consolidator looks at today: the one whose due date is
 * nearest, past or to come (a tie goes to the past one, whose reports are
 * being chased). So on 10 May the 6-month round due on 30 April, on
 * 1 August the annual one due on 31 October, on 15 October last year's
 * annual round. Dues: both rounds of this fiscal year and the last.
 */
export function nearestRound<D extends { due: IsoDate }>(
  dues: readonly D[],
  today: IsoDate,
): D | undefined {
  let best: { due: D; days: number } | undefined;
  for (const due of dues) {
    const days = Math.abs(daysBetween(today, due.due));
    if (
      !best ||
      days < best.days ||
      (days === best.days && due.due < best.due.due)
    )
      best = { due, days };
  }
  return best?.due;
}
