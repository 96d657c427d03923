import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import type { Office } from '@/domain/types';
import { DeadlinesPanel } from '@/features/deadlines/deadlines-panel';
import { ItaResultsForm } from '@/features/offices/ita-results-form';
import { OfficeForm } from '@/features/offices/office-form';
import { PersonPanel } from '@/features/person/person-panel';
import { AboutPanel } from '@/features/settings/about-panel';
import { PreferencesPanel } from '@/features/settings/preferences-panel';
import { StoragePanel } from '@/features/settings/storage-panel';
import { SyncPanel } from '@/features/sync/sync-panel';
import { DevicePanel } from '@/features/trust/device-panel';
import { TrustedKeysPanel } from '@/features/trust/trusted-keys-panel';
import { Page } from '@/ui/page';

export function SettingsPage({
  office,
  fiscalYear,
}: {
  office: Office;
  fiscalYear: number;
}) {
  const { t } = useTranslation();
  return (
    <Page title={t('settings.title')} documentTitle={t('settings.title')}>
      <PreferencesPanel />
      <PersonPanel />
      <section className="card" aria-labelledby="office-settings-title">
        <h2 id="office-settings-title">{t('settings.office')}</h2>
        <OfficeForm office={office} />
        <p>
          <Link href="/settings/history">{t('history.officeLink')}</Link>
        </p>
      </section>
      <section className="card" aria-labelledby="ita-title">
        <h2 id="ita-title">{t('ita.title')}</h2>
        <ItaResultsForm office={office} />
      </section>
      <DeadlinesPanel fiscalYear={fiscalYear} />
      <SyncPanel officeId={office.id} />
      <DevicePanel office={office} />
      <TrustedKeysPanel />
      <StoragePanel />
      <AboutPanel />
    </Page>
  );
}
