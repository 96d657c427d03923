import { useTranslation } from 'react-i18next';

import type { Office } from '@/domain/types';
import { Page } from '@/ui/page';

import { ExportPanel } from './export-panel';
import { ImportPanel } from './import-panel';

/** Moving data between laptops and offices as files. */
export function ExchangePage({
  office,
  fiscalYear,
}: {
  office: Office;
  fiscalYear: number;
}) {
  const { t } = useTranslation();
  return (
    <Page title={t('exchange.title')} documentTitle={t('exchange.title')}>
      <ExportPanel office={office} fiscalYear={fiscalYear} />
      <ImportPanel />
    </Page>
  );
}
