/**
 * Whether a reporting round is complete: every measure expected in the round
 * has at least one update that counts for it by the one rule for rounds
 * (domain/round.ts: dated within the round, or handed in late for it), as the
 * summary keeps them; the report takes the same updates. A cancelled measure
 * has nothing more to report and is not expected; it is listed apart so the
 * figures still add up.
 */
import type { Round } from '../types';
import { idsOf, type MeasureFacts } from './measure-facts';

export interface RoundCompleteness {
  round: Round;
  /** Measures that should report in the round: all but the cancelled ones. */
  expectedIds: string[];
  reportedIds: string[];
  missingIds: string[];
  cancelledIds: string[];
  /** reported / expected, 0–1; null when nothing is expected. */
  rate: number | null;
}

/** roundCompleteness(facts, 'six-month').missingIds: the measures still to report for the 6-month round */
export function roundCompleteness(
  facts: readonly MeasureFacts[],
  round: Round,
): RoundCompleteness {
  const cancelled = facts.filter((f) => f.status === 'cancelled');
  const expected = facts.filter((f) => f.status !== 'cancelled');
  const reported = expected.filter((f) => f.rounds.includes(round));
  const missing = expected.filter((f) => !f.rounds.includes(round));
  return {
    round,
    expectedIds: idsOf(expected),
    reportedIds: idsOf(reported),
    missingIds: idsOf(missing),
    cancelledIds: idsOf(cancelled),
    rate: expected.length === 0 ? null : reported.length / expected.length,
  };
}
