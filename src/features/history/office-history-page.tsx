import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { useRecordHistory } from '@/db/history';
import { fiscalYearOf } from '@/domain/fiscal-year';
import type { Office } from '@/domain/types';
import { Page } from '@/ui/page';
import { useToday } from '@/ui/use-today';

import { HistoryMissing, PrintButton, PrintHeading } from './history-parts';
import { HistoryView } from './history-view';

/** The office record's history: its details, units, signatories and ITA results. */
export function OfficeHistoryPage({ office }: { office: Office }) {
  const { t } = useTranslation();
  const today = useToday();
  const versions = useRecordHistory('offices', { id: office.id });
  if (versions === undefined)
    return <p role="status">{t('history.loading')}</p>;
  if (versions.length === 0) return <HistoryMissing />;
  const title = t('history.officeTitle', { name: office.name });
  return (
    <Page
      title={title}
      documentTitle={title}
      actions={
        <>
          <Link href="/settings" className="btn btn-secondary">
            {t('history.backToSettings')}
          </Link>
          <PrintButton />
        </>
      }
    >
      <PrintHeading office={office} />
      <p className="history-intro">{t('history.intro')}</p>
      <HistoryView
        kind="offices"
        at={{ id: office.id }}
        versions={versions}
        name={office.name}
        restoreLabel={t('history.restore')}
        context={{
          kind: 'offices',
          fiscalYear: fiscalYearOf(today),
          units: office.units,
          names: { office: office.name },
        }}
      />
    </Page>
  );
}
