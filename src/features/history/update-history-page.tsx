import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { useStoredMeasure } from '@/db/deleted';
import { useRecordHistory } from '@/db/history';
import type { Office } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Page } from '@/ui/page';

import {
  HistoryMissing,
  MeasureBackLink,
  PrintButton,
  PrintHeading,
} from './history-parts';
import { HistoryView } from './history-view';
import { RoundReopenings } from './round-reopenings';

interface UpdateHistoryPageProps {
  office: Office;
  measureId: string;
  updateId: string;
}

/** A progress update's history; restored here unless its measure is deleted. */
export function UpdateHistoryPage({
  office,
  measureId,
  updateId,
}: UpdateHistoryPageProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const versions = useRecordHistory('updates', { id: updateId, measureId });
  const measure = useStoredMeasure(measureId);
  if (versions === undefined || measure === undefined)
    return <p role="status">{t('history.loading')}</p>;
  const current = versions.find((v) => v.state === 'current')?.record;
  if (!current || !measure) return <HistoryMissing />;
  const date = format.date(current.date);
  const title = t('history.updateTitle', { date });
  const measureHistory = `/measures/${measureId}/history`;
  const blocked = measure.deleted ? (
    <p>
      {t('history.measureDeleted')}{' '}
      <Link href={measureHistory}>{t('history.measureHistory')}</Link>
    </p>
  ) : undefined;
  return (
    <Page
      title={title}
      documentTitle={title}
      actions={
        <>
          <MeasureBackLink measureId={measureId} deleted={measure.deleted} />
          <PrintButton />
        </>
      }
    >
      <PrintHeading office={office} />
      <p>{t('history.ofMeasure', { title: measure.title })}</p>
      <p className="history-intro">{t('history.intro')}</p>
      <RoundReopenings update={current} fiscalYear={measure.fiscalYear} />
      <HistoryView
        kind="updates"
        at={{ id: updateId, measureId }}
        versions={versions}
        name={t('history.deletedUpdates.item', { date })}
        restoreLabel={t('history.restoreUpdate')}
        {...(blocked ? { blocked } : {})}
        context={{
          kind: 'updates',
          fiscalYear: measure.fiscalYear,
          units: office.units,
          names: { office: office.name, measure: measure.title },
        }}
      />
    </Page>
  );
}
