import type { TFunction } from 'i18next';

import type { BundleErrorReason } from '@/bundle/bundle-error';
import type { RecordProblem } from '@/bundle/record-problems';

/** What is wrong with a whole file, and what to do, in the UI language. */
export function fileErrorText(
  t: TFunction,
  reason: BundleErrorReason,
  details: Record<string, string | number>,
): string {
  return t(`exchange.fileError.${reason}`, details);
}

export function problemText(t: TFunction, problem: RecordProblem): string {
  return t(`exchange.problem.${problem}`);
}
