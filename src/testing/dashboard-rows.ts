import type { DashboardRow } from '@/domain/dashboard/measure-facts';
import type { MeasureSummary } from '@/domain/measure-summary';
import type { Measure, Period, Round, UpdateStatus } from '@/domain/types';

import { makeMeasure } from './records';

export interface RowSpec {
  id: string;
  officeId?: string;
  period?: Period;
  allUnits?: boolean;
  unitIds?: string[];
  /** The latest update, or none. */
  latest?: { date: string; status: UpdateStatus; percent?: number };
  rounds?: Round[];
}

/** A measure of FY2568 with the summary its updates would have. */
export function dashboardRow(spec: RowSpec): DashboardRow<Measure> {
  const officeId = spec.officeId ?? 'office-1';
  const measure: Measure = {
    ...makeMeasure(spec.id, officeId),
    period: spec.period ?? { kind: 'fiscal-year' },
    allUnits: spec.allUnits ?? false,
    unitIds: spec.unitIds ?? ['u-office'],
  };
  const summary: MeasureSummary | undefined = spec.latest
    ? {
        measureId: spec.id,
        officeId,
        fiscalYear: 2568,
        latest: {
          date: spec.latest.date,
          status: spec.latest.status,
          percent:
            spec.latest.percent ??
            (spec.latest.status === 'completed' ? 100 : 0),
        },
        updateCount: 1,
        rounds: spec.rounds ?? ['six-month'],
      }
    : undefined;
  return { measure, summary };
}
