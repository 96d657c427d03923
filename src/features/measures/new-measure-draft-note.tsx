import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { useDraftKeys } from '@/db/use-draft-keys';

/** Points back to a new measure whose typing was left unsaved. */
export function NewMeasureDraftNote(props: {
  officeId: string;
  fiscalYear: number;
}) {
  const { t } = useTranslation();
  const key = `measure:new:${props.officeId}:${props.fiscalYear}`;
  const found = useDraftKeys([key]);
  if (!found?.length) return null;
  return (
    <p className="draft-notice" role="status">
      {t('drafts.newMeasure')}{' '}
      <Link href="/measures/new">{t('drafts.continue')}</Link>
    </p>
  );
}
