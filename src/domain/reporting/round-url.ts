/**
 * The round page's address (issue 13): its year and round, and the filter
 * and order of its table as the URL keeps them, so a link to "the offices
 * not received in อ.เมือง" can be shared, bookmarked, and undone with the
 * back button; and the round `/rounds` opens today.
 */
import { daysBetween } from '../fiscal-year';
import type { SortDirection } from '../table-sort';
import { ROUNDS, type IsoDate, type Round } from '../types';
import {
  DEFAULT_ROUND_SORT,
  ROUND_SHOWS,
  ROUND_SORT_KEYS,
  type RoundFilter,
  type RoundShow,
  type RoundSort,
  type RoundSortKey,
} from './round-table';

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
