import { useMemo } from 'react';

import { useMeasures, useOfficeUpdates } from '@/db/live';
import { useApprovals, useRoundReport } from '@/db/live-round';
import { buildReport, type Report } from '@/domain/report/build-report';
import { withEdits } from '@/domain/report/report-edits';
import type { DigitStyle } from '@/domain/thai-date';
import type {
  Approval,
  Office,
  ProgressUpdate,
  Round,
  RoundReport,
} from '@/domain/types';

export interface ReportData {
  /** The report with the round's edited cells. */
  report: Report;
  /** The round's report text as stored; null when no cell was edited. */
  text: RoundReport | null;
  /** The round's approval, reopened or not; null when never approved. */
  approval: Approval | null;
  updates: ProgressUpdate[];
  /** The same report in other digits (the approval's), edits included. */
  inDigits: (digits: DigitStyle) => Report;
}

/** The office's report for a fiscal year and round, kept live; undefined while loading. */
export function useReport(
  office: Office,
  fiscalYear: number,
  round: Round,
  digits: DigitStyle | undefined,
): ReportData | undefined {
  const measures = useMeasures(office.id, fiscalYear);
  const updates = useOfficeUpdates(office.id);
  const text = useRoundReport({ officeId: office.id, fiscalYear, round });
  const approvals = useApprovals(office.id, fiscalYear);
  return useMemo(() => {
    if (!measures || !updates || !digits || text === undefined || !approvals)
      return undefined;
    const inDigits = (d: DigitStyle) =>
      withEdits(
        buildReport(office, measures, updates, fiscalYear, round, d),
        text ?? undefined,
      );
    return {
      report: inDigits(digits),
      text,
      approval: approvals.find((a) => a.round === round) ?? null,
      updates,
      inDigits,
    };
  }, [office, measures, updates, fiscalYear, round, digits, text, approvals]);
}
