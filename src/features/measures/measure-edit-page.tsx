import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

import { useMeasure } from '@/db/live';
import { updateMeasure } from '@/db/measures';
import type { Office } from '@/domain/types';
import { Page } from '@/ui/page';

import { MeasureForm } from './measure-form';
import { MeasureMissing } from './measure-missing';

export function MeasureEditPage({
  office,
  measureId,
}: {
  office: Office;
  measureId: string;
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const measure = useMeasure(measureId);
  if (measure === undefined) return <p role="status">{t('common.loading')}</p>;
  if (measure === null) return <MeasureMissing />;
  const title = t('measure.editTitle');
  return (
    <Page title={title} documentTitle={`${title}: ${measure.title}`}>
      <MeasureForm
        office={office}
        fiscalYear={measure.fiscalYear}
        measure={measure}
        draftKey={`measure:${measure.id}`}
        onSave={async (input) => {
          await updateMeasure(measure.id, input);
          navigate(`/measures/${measure.id}`);
        }}
        onCancel={() => navigate(`/measures/${measure.id}`)}
      />
    </Page>
  );
}
