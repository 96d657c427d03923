/**
 * Offices side by side for one fiscal year: status counts, completion rate and
 * round completeness, each figure with the measures behind it.
 */
import type { MeasureStatus, Office, Round } from '../types';
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

export interface OfficeComparisonRow {
  office: ComparedOffice;
  measureIds: string[];
  byStatus: Record<MeasureStatus, string[]>;
  /**
   * Completed / (all − cancelled), 0–1: a cancelled measure will never be
   * completed, so it would hold the rate down for good. Null with nothing expected.
   */
  completionRate: number | null;
  rounds: Record<Round, RoundCompleteness>;
}

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
      completionRate:
        expected === 0 ? null : byStatus.completed.length / expected,
      rounds: {
        'six-month': roundCompleteness(own, 'six-month'),
        annual: roundCompleteness(own, 'annual'),
      },
    };
  });
}
