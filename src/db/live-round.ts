/**
 * Live queries of a round's report text and approvals, apart from live.ts:
 * the first screen reads through live.ts, and these bring the report's
 * building (domain/report) with them, which only the report, the dashboard
 * and an update's page need.
 */
import { useLiveQuery } from 'dexie-react-hooks';

import {
  getRoundReport,
  listApprovals,
  signOffStates,
  type RoundRef,
} from './sign-off';

/** A round's report text; null when no cell was edited, undefined while loading. */
export function useRoundReport(ref: RoundRef) {
  const { officeId, fiscalYear, round } = ref;
  return useLiveQuery(
    async () => (await getRoundReport({ officeId, fiscalYear, round })) ?? null,
    [officeId, fiscalYear, round],
  );
}

/** An office's approvals of a fiscal year's rounds; undefined while loading. */
export function useApprovals(officeId: string, fiscalYear: number) {
  return useLiveQuery(
    () => listApprovals(officeId, fiscalYear),
    [officeId, fiscalYear],
  );
}

/** Each round's sign-off of an office's year, for the dashboard. */
export function useSignOffStates(officeId: string, fiscalYear: number) {
  return useLiveQuery(
    () => signOffStates(officeId, fiscalYear),
    [officeId, fiscalYear],
  );
}
