import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

import { createMeasure } from '@/db/measures';
import type { Office } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Page } from '@/ui/page';

import { MeasureForm } from './measure-form';

export function MeasureNewPage({
  office,
  fiscalYear,
}: {
  office: Office;
  fiscalYear: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [, navigate] = useLocation();
  const title = t('measure.newTitle', {
    year: format.text(String(fiscalYear)),
  });
  return (
    <Page title={title} documentTitle={title}>
      <MeasureForm
        office={office}
        fiscalYear={fiscalYear}
        draftKey={`measure:new:${office.id}:${fiscalYear}`}
        onSave={async (input) => {
          const measure = await createMeasure(office.id, fiscalYear, input);
          navigate(`/measures/${measure.id}`);
        }}
        onCancel={() => navigate('/measures')}
      />
    </Page>
  );
}
