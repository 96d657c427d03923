import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

import { copyMeasuresToYear } from '@/db/copy-measures';
import { useMeasures } from '@/db/live';
import { setSetting } from '@/db/settings';
import { planCopyToYear } from '@/domain/copy-to-year';
import type { Office } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { Page } from '@/ui/page';
import { useSaveError } from '@/ui/use-save-error';

import { CopyPreviewTable } from './copy-preview-table';

interface NextYearPageProps {
  office: Office;
  fiscalYear: number;
}

/** Start next fiscal year from this one's measures: a preview, then one copy. */
export function NextYearPage({ office, fiscalYear }: NextYearPageProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [, navigate] = useLocation();
  const to = fiscalYear + 1;
  const sources = useMeasures(office.id, fiscalYear);
  const targets = useMeasures(office.id, to);
  const plan = useMemo(
    () => (sources && targets ? planCopyToYear(sources, targets, to) : null),
    [sources, targets, to],
  );
  const [copied, setCopied] = useState<number | null>(null);
  const { saveError, runSave } = useSaveError();
  const years = {
    from: format.text(String(fiscalYear)),
    to: format.text(String(to)),
  };

  const copy = () =>
    runSave(async () => {
      const result = await copyMeasuresToYear(office.id, fiscalYear, to);
      setCopied(result.copied.length);
    });
  const openNextYear = async () => {
    await setSetting('fiscalYear', to);
    navigate('/measures');
  };

  return (
    <Page
      title={t('nextYear.title', years)}
      documentTitle={t('nextYear.title', years)}
    >
      <p className="lead">{t('nextYear.intro', years)}</p>
      <p role="status" className="saved-note">
        {copied === null
          ? null
          : t('nextYear.done', { count: copied, to: years.to })}
      </p>
      {copied === null ? null : (
        <p>
          <Button variant="primary" onClick={() => void openNextYear()}>
            {t('nextYear.open', years)}
          </Button>
        </p>
      )}
      {!plan ? (
        <p role="status">{t('common.loading')}</p>
      ) : plan.copies.length + plan.skipped.length === 0 ? (
        <p className="empty">{t('nextYear.empty', years)}</p>
      ) : (
        <>
          <CopyPreviewTable
            office={office}
            plan={plan}
            from={fiscalYear}
            to={to}
          />
          {saveError}
          {plan.copies.length === 0 ? (
            <p className="empty">{t('nextYear.nothing', years)}</p>
          ) : (
            <div className="form-actions">
              <Button variant="primary" onClick={() => void copy()}>
                {t('nextYear.confirm', {
                  count: plan.copies.length,
                  to: years.to,
                })}
              </Button>
            </div>
          )}
        </>
      )}
    </Page>
  );
}
