import { useMemo } from 'react';

import { useMeasures, useOfficeUpdates } from '@/db/live';
import { buildReport, type Report } from '@/domain/report/build-report';
import type { DigitStyle } from '@/domain/thai-date';
import type { Office, Round } from '@/domain/types';

/** The office's report for a fiscal year and round, kept live; undefined while loading. */
export function useReport(
  office: Office,
  fiscalYear: number,
  round: Round,
  digits: DigitStyle | undefined,
): Report | undefined {
  const measures = useMeasures(office.id, fiscalYear);
  const updates = useOfficeUpdates(office.id);
  return useMemo(() => {
    if (!measures || !updates || !digits) return undefined;
    return buildReport(office, measures, updates, fiscalYear, round, digits);
  }, [office, measures, updates, fiscalYear, round, digits]);
}
