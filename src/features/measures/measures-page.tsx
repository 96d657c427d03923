import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import type { Office } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Page } from '@/ui/page';

import { NO_FILTER, filterRows } from './measure-filters';
import { MeasureFilters } from './measure-filters-bar';
import { MeasuresTable } from './measures-table';
import { NewMeasureDraftNote } from './new-measure-draft-note';
import { useMeasureRows } from './use-measure-rows';

interface MeasuresPageProps {
  office: Office;
  fiscalYear: number;
}

/** The office's measures for the fiscal year, with status, filters and search. */
export function MeasuresPage({ office, fiscalYear }: MeasuresPageProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = useMeasureRows(office.id, fiscalYear);
  const [filter, setFilter] = useState(NO_FILTER);
  const year = format.text(String(fiscalYear));
  const visible = rows ? filterRows(rows, filter) : [];

  return (
    <Page
      title={t('measures.title', { year })}
      documentTitle={t('measures.documentTitle', { year, office: office.name })}
      actions={
        <Link href="/measures/new" className="btn btn-primary">
          {t('measures.add')}
        </Link>
      }
    >
      <NewMeasureDraftNote officeId={office.id} fiscalYear={fiscalYear} />
      {rows === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : rows.length === 0 ? (
        <div className="empty">
          <p>{t('measures.empty', { year })}</p>
        </div>
      ) : (
        <>
          <MeasureFilters
            units={office.units}
            filter={filter}
            onChange={setFilter}
          />
          <p className="result-count" role="status">
            {t('measures.count', {
              shown: format.number(visible.length),
              total: format.number(rows.length),
            })}
          </p>
          <MeasuresTable
            office={office}
            rows={visible}
            total={rows.length}
            fiscalYear={fiscalYear}
          />
        </>
      )}
    </Page>
  );
}
