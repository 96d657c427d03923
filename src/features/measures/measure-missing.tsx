import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { Page } from '@/ui/page';

/**
 * A link to a measure that was deleted or never existed; a deleted one
 * links to its history, where it is restored.
 */
export function MeasureMissing({ historyHref }: { historyHref?: string }) {
  const { t } = useTranslation();
  return (
    <Page
      title={t('measure.missingTitle')}
      documentTitle={t('measure.missingTitle')}
    >
      {historyHref ? (
        <p>
          {t('history.measureGone')}{' '}
          <Link href={historyHref}>{t('history.measureGoneLink')}</Link>
        </p>
      ) : (
        <p>{t('measure.missing')}</p>
      )}
      <Link href="/measures">{t('measure.backToList')}</Link>
    </Page>
  );
}
