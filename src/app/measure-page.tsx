import { useTranslation } from 'react-i18next';

import { useStoredMeasure } from '@/db/deleted';
import { useMeasure } from '@/db/live';
import type { Office } from '@/domain/types';
import { MeasureDetails } from '@/features/measures/measure-details';
import { MeasureMissing } from '@/features/measures/measure-missing';
import { UpdatesSection } from '@/features/updates/updates-section';

/** A measure with its progress updates: two features composed. */
export function MeasurePage({
  office,
  measureId,
}: {
  office: Office;
  measureId: string;
}) {
  const { t } = useTranslation();
  const measure = useMeasure(measureId);
  const stored = useStoredMeasure(measureId);
  if (measure === undefined) return <p role="status">{t('common.loading')}</p>;
  if (measure === null)
    return stored?.deleted ? (
      <MeasureMissing historyHref={`/measures/${measureId}/history`} />
    ) : (
      <MeasureMissing />
    );
  return (
    <MeasureDetails office={office} measure={measure}>
      <UpdatesSection measure={measure} />
    </MeasureDetails>
  );
}
