import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

import { selectImportedOffice } from '@/db/exchange/select-imported';
import { LoadExampleButton } from '@/features/example/load-example-button';
import { ImportPanel } from '@/features/exchange/import-panel';
import { OfficeForm } from '@/features/offices/office-form';
import { Page } from '@/ui/page';

/** First run: set up the office, or look around with the example. */
export function SetupPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  return (
    <Page title={t('setup.title')} documentTitle={t('setup.title')}>
      <p className="lead">{t('setup.intro')}</p>
      <aside className="card" aria-label={t('example.title')}>
        <LoadExampleButton onLoaded={() => navigate('/measures')} />
      </aside>
      <OfficeForm onSaved={() => navigate('/measures')} />
      {/* A consolidator starts from other offices' files, not an office of their own. */}
      <ImportPanel
        onImported={(officeIds) => void selectImportedOffice(officeIds)}
      />
    </Page>
  );
}
