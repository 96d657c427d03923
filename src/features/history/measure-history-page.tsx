import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { useDeletedUpdates } from '@/db/deleted';
import { useRecordHistory } from '@/db/history';
import type { Office } from '@/domain/types';
import { Page } from '@/ui/page';

import { HistoryMissing, PrintButton, PrintHeading } from './history-parts';
import { HistoryView } from './history-view';

interface MeasureHistoryPageProps {
  office: Office;
  measureId: string;
}

/** A measure's history; a deleted measure is restored here, with the updates deleted with it. */
export function MeasureHistoryPage({
  office,
  measureId,
}: MeasureHistoryPageProps) {
  const { t } = useTranslation();
  const versions = useRecordHistory('measures', { id: measureId });
  const deletedUpdates = useDeletedUpdates(measureId);
  if (versions === undefined)
    return <p role="status">{t('history.loading')}</p>;
  const current = versions.find((v) => v.state === 'current')?.record;
  if (!current) return <HistoryMissing />;
  const title = t('history.measureTitle', { title: current.title });
  // The updates its delete took come back with it (db/restore.ts).
  const taken = current.deleted
    ? (deletedUpdates ?? []).filter((d) => d.deletedAt === current.updatedAt)
        .length
    : 0;
  const others = deletedUpdates?.length ?? 0;
  return (
    <Page
      title={title}
      documentTitle={title}
      actions={
        <>
          <Link
            href={
              current.deleted ? '/measures/deleted' : `/measures/${measureId}`
            }
            className="btn btn-secondary"
          >
            {current.deleted
              ? t('history.deletedMeasures.backToList')
              : t('history.backToMeasure')}
          </Link>
          {!current.deleted && others > 0 ? (
            <Link
              href={`/measures/${measureId}/deleted-updates`}
              className="btn btn-secondary"
            >
              {t('history.deletedUpdates.link', { count: others })}
            </Link>
          ) : null}
          <PrintButton />
        </>
      }
    >
      <PrintHeading office={office} />
      <p className="history-intro">{t('history.intro')}</p>
      <HistoryView
        kind="measures"
        at={{ id: measureId }}
        versions={versions}
        name={current.title}
        restoreLabel={
          taken > 0
            ? t('history.restoreMeasureWith', { count: taken })
            : t('history.restoreMeasure')
        }
        context={{
          kind: 'measures',
          fiscalYear: current.fiscalYear,
          units: office.units,
          names: { office: office.name },
        }}
      />
    </Page>
  );
}
