import type { TFunction } from 'i18next';

import type { BundleErrorReason } from '@/bundle/bundle-error';
import { OTHER_FILE_KINDS, type OtherFileKind } from '@/bundle/file-kind';
import type { InvalidRecord } from '@/bundle/record-problems';

const isKind = (kind: unknown): kind is OtherFileKind =>
  (OTHER_FILE_KINDS as readonly unknown[]).includes(kind);

/** What is wrong with a whole file, and what to do, in the UI language. */
export function fileErrorText(
  t: TFunction,
  reason: BundleErrorReason,
  details: Record<string, string | number>,
): string {
  if (reason === 'otherFile')
    return isKind(details.kind)
      ? t(`exchange.fileError.otherFile.${details.kind}`)
      : t('exchange.fileError.notUtf8');
  return t(`exchange.fileError.${reason}`, details);
}

/** Why a record is left out; an update left out with its measure says which. */
export function problemText(
  t: TFunction,
  { problem, measureIndex }: InvalidRecord,
  num: (n: number) => string,
): string {
  if (problem === 'measureLeftOut')
    return t('exchange.problem.measureLeftOut', {
      n: num((measureIndex ?? 0) + 1),
    });
  return t(`exchange.problem.${problem}`);
}
