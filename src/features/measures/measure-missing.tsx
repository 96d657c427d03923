import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { Page } from '@/ui/page';

/** A link to a measure that was deleted or never existed. */
export function MeasureMissing() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('measure.missingTitle')}
      documentTitle={t('measure.missingTitle')}
    >
      <p>{t('measure.missing')}</p>
      <Link href="/measures">{t('measure.backToList')}</Link>
    </Page>
  );
}
