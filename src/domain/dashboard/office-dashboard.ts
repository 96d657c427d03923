/** Every figure of one office's dashboard for a fiscal year, in one pass. */
import type { IsoDate, Unit } from '../types';
import { byUnit, type UnitRow } from './by-unit';
import {
  lateMeasures,
  quietMeasures,
  type LateMeasure,
  type QuietMeasure,
} from './late-measures';
import {
  measureFacts,
  type DashboardMeasure,
  type DashboardRow,
  type MeasureFacts,
} from './measure-facts';
import {
  roundCompleteness,
  type RoundCompleteness,
} from './round-completeness';
import { statusCounts, type StatusCount } from './status-counts';
import { timeline, type Timeline } from './timeline';

export interface OfficeDashboard<M extends DashboardMeasure> {
  facts: MeasureFacts<M>[];
  statusCounts: StatusCount[];
  late: LateMeasure[];
  quiet: QuietMeasure[];
  sixMonth: RoundCompleteness;
  annual: RoundCompleteness;
  units: UnitRow[];
  timeline: Timeline;
}

export interface DashboardInput<M extends DashboardMeasure> {
  rows: readonly DashboardRow<M>[];
  units: readonly Unit[];
  fiscalYear: number;
  today: IsoDate;
  /** N of "no update in the last N days". */
  quietDays: number;
}

export function officeDashboard<M extends DashboardMeasure>(
  input: DashboardInput<M>,
): OfficeDashboard<M> {
  const facts = measureFacts(input.rows, input.today);
  return {
    facts,
    statusCounts: statusCounts(facts),
    late: lateMeasures(facts),
    quiet: quietMeasures(facts, input.today, input.quietDays),
    sixMonth: roundCompleteness(facts, 'six-month'),
    annual: roundCompleteness(facts, 'annual'),
    units: byUnit(facts, input.units),
    timeline: timeline(facts, input.fiscalYear, input.today),
  };
}
