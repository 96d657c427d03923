import type { TFunction } from 'i18next';

import type { RecordKind, RecordOf } from '@/bundle/record-schemas';

/**
 * A short human name for a record: the office's name, measure's title,
 * update's date; a deadline's, a round's report text's and an approval's
 * round and year.
 */
export function recordLabel(
  t: TFunction,
  kind: RecordKind,
  record: RecordOf[RecordKind],
): string {
  if (kind === 'offices') return (record as RecordOf['offices']).name;
  if (kind === 'measures') return (record as RecordOf['measures']).title;
  if (kind === 'updates') {
    const update = record as RecordOf['updates'];
    return `${update.date} · ${update.result.slice(0, 60)}`;
  }
  if (kind === 'oitItems') {
    const item = record as RecordOf['oitItems'];
    return `${item.number} ${item.title}`;
  }
  const { round, fiscalYear } = record as RecordOf['approvals'];
  const of = { round: t(`roundShort.${round}`), year: fiscalYear };
  return kind === 'deadlines'
    ? t('deadlines.conflictLabel', of)
    : t(`report.recordLabel.${kind}`, of);
}
