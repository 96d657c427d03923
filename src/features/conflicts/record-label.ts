import type { TFunction } from 'i18next';

import type { RecordKind, RecordOf } from '@/bundle/record-schemas';

/** A short human name for a record: the office's name, measure's title, update's date, a deadline's round and year. */
export function recordLabel(
  t: TFunction,
  kind: RecordKind,
  record: RecordOf[RecordKind],
): string {
  if (kind === 'offices') return (record as RecordOf['offices']).name;
  if (kind === 'measures') return (record as RecordOf['measures']).title;
  if (kind === 'deadlines') {
    const deadline = record as RecordOf['deadlines'];
    return t('deadlines.conflictLabel', {
      round: t(`roundShort.${deadline.round}`),
      year: deadline.fiscalYear,
    });
  }
  const update = record as RecordOf['updates'];
  return `${update.date} · ${update.result.slice(0, 60)}`;
}
