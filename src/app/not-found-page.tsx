import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { Page } from '@/ui/page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')} documentTitle={t('notFound.title')}>
      <p>{t('notFound.message')}</p>
      <Link href="/measures">{t('measure.backToList')}</Link>
    </Page>
  );
}
