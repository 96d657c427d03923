import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import type { Office } from '@/domain/types';
import { Button } from '@/ui/button';
import { Page } from '@/ui/page';

/** Prints the page: the history alone, on A4 (history.css). */
export function PrintButton() {
  const { t } = useTranslation();
  return <Button onClick={() => window.print()}>{t('history.print')}</Button>;
}

/** On paper only: where the history was printed from. */
export function PrintHeading({ office }: { office: Office }) {
  const { t } = useTranslation();
  return (
    <p className="history-print-heading">
      {t('history.printedAt', { office: office.name })}
    </p>
  );
}

/**
 * Back to the measure a page belongs to; to its history once it is
 * deleted, where it can be restored.
 */
export function MeasureBackLink({
  measureId,
  deleted,
}: {
  measureId: string;
  deleted: boolean | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Link
      href={
        deleted ? `/measures/${measureId}/history` : `/measures/${measureId}`
      }
      className="btn btn-secondary"
    >
      {deleted ? t('history.measureHistory') : t('history.backToMeasure')}
    </Link>
  );
}

/** A history asked for a record this device never stored. */
export function HistoryMissing() {
  const { t } = useTranslation();
  return (
    <Page title={t('history.title')} documentTitle={t('history.title')}>
      <p>{t('history.missing')}</p>
      <Link href="/measures">{t('history.deletedMeasures.backToList')}</Link>
    </Page>
  );
}
