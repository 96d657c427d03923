import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { MERGE_KINDS } from '@/bundle/merge';
import type { ImportLogEntry } from '@/db/app-db';
import { useFormat } from '@/i18n/use-format';

import { useOfficeLabel } from './trust-review';

/** What an import wrote, once it is written. */
export function ImportSummary({
  entry,
  headingRef,
}: {
  entry: ImportLogEntry;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const officeLabel = useOfficeLabel();
  return (
    <div role="status" className="import-summary">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('exchange.import.doneTitle')}
      </h3>
      <p>
        {MERGE_KINDS.map(
          (kind) =>
            `${t(`exchange.outcome.${kind}`)} ${format.number(entry.counts[kind])}`,
        ).join(' · ')}
        {entry.counts.invalid > 0
          ? ` · ${t('exchange.import.leftOut', { n: format.number(entry.counts.invalid) })}`
          : ''}
      </p>
      {entry.counts.conflict > 0 ? (
        <p>{t('exchange.import.conflictsHint')}</p>
      ) : null}
      {entry.held && entry.held.length > 0 ? (
        <ul className="trust-refused">
          {entry.held.map((group) => (
            <li key={`${group.file} ${group.officeId}`}>
              {t('exchange.trust.notWritten', {
                n: format.number(group.records),
                office: officeLabel(group),
                file: group.file,
                reason: t(`exchange.trust.reason.${group.reason}`),
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
