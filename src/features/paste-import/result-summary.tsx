import { useTranslation } from 'react-i18next';

import type { ParsedMeasure } from '@/domain/paste/types';
import { SafeLink } from '@/ui/safe-link';

/** The results a report row gives, as they will become the measure's progress update. */
export function ResultSummary({ measure }: { measure: ParsedMeasure }) {
  const { t } = useTranslation();
  const parts = [
    ['result', measure.result],
    ['suggestions', measure.suggestions],
    ['outcome', measure.outcome],
    ['problems', measure.problems],
  ] as const;
  const given = parts.filter(([, text]) => text !== '');
  if (given.length === 0 && measure.evidence.length === 0) {
    return <p className="empty">{t('paste.preview.noResult')}</p>;
  }
  return (
    <dl className="paste-results">
      {given.map(([part, text]) => (
        <div key={part}>
          <dt>{t(`update.${part}`)}</dt>
          <dd className="prose">{text}</dd>
        </div>
      ))}
      {measure.evidence.length > 0 ? (
        <div>
          <dt>{t('links.legend')}</dt>
          <dd>
            {measure.evidence.map((href) => (
              <span key={href} className="paste-link">
                <SafeLink href={href} />
              </span>
            ))}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
