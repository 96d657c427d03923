import { useTranslation } from 'react-i18next';

import type { InvalidRecord } from '@/bundle/record-problems';
import { pathLabel } from '@/i18n/record-fields';
import { useFormat } from '@/i18n/use-format';

import { problemText } from './bundle-error-text';

const SHOWN = 100;

/** Records left out, each by its file, place and reason; the rest still import. */
export function InvalidRecords({
  invalid,
}: {
  invalid: { file: string; record: InvalidRecord }[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (invalid.length === 0) return null;
  return (
    <section className="invalid-records" aria-labelledby="invalid-title">
      <h3 id="invalid-title">
        {t('exchange.invalid.title', { n: format.number(invalid.length) })}
      </h3>
      <p>{t('exchange.invalid.explain')}</p>
      <ul>
        {invalid.slice(0, SHOWN).map(({ file, record }, i) => (
          <li key={i}>
            {t('exchange.invalid.place', {
              file,
              list: t(`exchange.kind.${record.kind}`),
              n: format.number(record.index + 1),
            })}
            {record.inConflicts ? ` ${t('exchange.invalid.inConflicts')}` : ''}
            {record.id ? ` (id ${record.id})` : ''}
            {record.field
              ? ` · ${t('exchange.invalid.field', {
                  field: pathLabel(t, record.kind, record.field, (n) =>
                    format.number(n),
                  ),
                })}`
              : ''}
            {': '}
            {problemText(t, record, format.number)}
          </li>
        ))}
      </ul>
      {invalid.length > SHOWN ? (
        <p>
          {t('exchange.invalid.more', {
            n: format.number(invalid.length - SHOWN),
          })}
        </p>
      ) : null}
    </section>
  );
}
