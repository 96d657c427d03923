import { EXAMPLE_FISCAL_YEAR } from '@/domain/example/khunkaew-2568';
import { buildReport, type Report } from '@/domain/report/build-report';
import type { DigitStyle } from '@/domain/thai-date';
import type { Round } from '@/domain/types';

import { exampleRecords } from './example-records';

/** The example office's FY2568 report of a round, in the chosen digits. */
export function exampleReport(
  round: Round = 'annual',
  digits: DigitStyle = 'thai',
): Report {
  const { office, measures, updates } = exampleRecords();
  return buildReport(
    office,
    measures,
    updates,
    EXAMPLE_FISCAL_YEAR,
    round,
    digits,
  );
}
