/**
 * Offices side by side for one fiscal year: status counts, completion rate and
 * round completeness, each figure with the measures behind it.
 */
import {
  UPDATE_STATUSES,
  type MeasureStatus,
  type Office,
  type Round,
} from '../types';
import type { DashboardMeasure, MeasureFacts } from './measure-facts';
import {
  roundCompleteness,
  type RoundCompleteness,
} from './round-completeness';
import { statusCounts } from './status-counts';

export type ComparedOffice = Pick<
  Office,
  'id' | 'name' | 'kind' | 'district' | 'province'
>;

export interface OfficeComparisonRow extends ComparisonFigures {
  office: ComparedOffice;
}

/** An office's figures, or those of several offices added up. */
export interface ComparisonFigures {
  measureIds: string[];
  byStatus: Record<MeasureStatus, string[]>;
  /**
   * Completed / (all − cancelled), 0–1: a cancelled measure will never be
   * completed, so it would hold the rate down for good. Null with nothing expected.
   */
  completionRate: number | null;
  rounds: Record<Round, RoundCompleteness>;
}

const rateOf = (part: number, whole: number) =>
  whole === 0 ? null : part / whole;

/**
 * One row per office, in the order given, including offices with no measure
 * in the year (a consolidator must see who sent nothing).
 */
export function compareOffices<M extends DashboardMeasure>(
  offices: readonly ComparedOffice[],
  facts: readonly MeasureFacts<M>[],
): OfficeComparisonRow[] {
  const byOffice = new Map<string, MeasureFacts<M>[]>();
  for (const f of facts) {
    const list = byOffice.get(f.measure.officeId) ?? [];
    list.push(f);
    byOffice.set(f.measure.officeId, list);
  }
  return offices.map((office) => {
    const own = byOffice.get(office.id) ?? [];
    const byStatus = Object.fromEntries(
      statusCounts(own).map((c) => [c.status, c.measureIds]),
    ) as Record<MeasureStatus, string[]>;
    const expected = own.length - byStatus.cancelled.length;
    return {
      office,
      measureIds: own.map((f) => f.measure.id),
      byStatus,
      completionRate: rateOf(byStatus.completed.length, expected),
      rounds: {
        'six-month': roundCompleteness(own, 'six-month'),
        annual: roundCompleteness(own, 'annual'),
      },
    };
  });
}

/**
 * The offices' figures added up: a measure belongs to one office, so ids are
 * joined, and the rates are taken over them all (the rate of every measure,
 * not the mean of the offices' rates, which a small office would sway).
 */
export function comparisonTotal(
  rows: readonly ComparisonFigures[],
): ComparisonFigures {
  const join = (pick: (row: ComparisonFigures) => readonly string[]) =>
    rows.flatMap(pick);
  const byStatus = Object.fromEntries(
    UPDATE_STATUSES.map((s) => [s, join((r) => r.byStatus[s])]),
  ) as Record<MeasureStatus, string[]>;
  const round = (r: Round): RoundCompleteness => {
    const expectedIds = join((row) => row.rounds[r].expectedIds);
    const reportedIds = join((row) => row.rounds[r].reportedIds);
    return {
      round: r,
      expectedIds,
      reportedIds,
      missingIds: join((row) => row.rounds[r].missingIds),
      cancelledIds: join((row) => row.rounds[r].cancelledIds),
      rate: rateOf(reportedIds.length, expectedIds.length),
    };
  };
  return {
    measureIds: join((r) => r.measureIds),
    byStatus,
    completionRate: rateOf(
      byStatus.completed.length,
      join((r) => r.measureIds).length - byStatus.cancelled.length,
    ),
    rounds: { 'six-month': round('six-month'), annual: round('annual') },
  };
}
