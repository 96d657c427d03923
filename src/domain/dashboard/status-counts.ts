/** Measures by status: each count is the length of the ids behind it. */
import { UPDATE_STATUSES, type MeasureStatus } from '../types';
import { idsOf, type MeasureFacts } from './measure-facts';

export interface StatusCount {
  status: MeasureStatus;
  measureIds: string[];
}

/** statusCounts(facts) lists every status in a fixed order, zero counts included. */
export function statusCounts(facts: readonly MeasureFacts[]): StatusCount[] {
  return UPDATE_STATUSES.map((status) => ({
    status,
    measureIds: idsOf(facts.filter((f) => f.status === status)),
  }));
}
