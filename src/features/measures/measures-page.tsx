import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';

import { useDeletedMeasureCount } from '@/db/deleted';
import type { Office } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { Page } from '@/ui/page';
import { ResultCount } from '@/ui/result-count';

import { filterFromSearch } from './filter-from-search';
import { filterRows, NO_FILTER } from './measure-filters';
import { MeasureFilters } from './measure-filters-bar';
import { MeasuresTable } from './measures-table';
import { NewMeasureDraftNote } from './new-measure-draft-note';
import { OpenRoundBanner } from './open-round-banner';
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
  const deletedCount = useDeletedMeasureCount(office.id, fiscalYear);
  const search = useSearch();
  const [filter, setFilter] = useState(() => filterFromSearch(search));
  // A link to other measures (e.g. from the dashboard) while the list is open.
  const [filteredSearch, setFilteredSearch] = useState(search);
  if (search !== filteredSearch) {
    setFilteredSearch(search);
    setFilter(filterFromSearch(search));
  }
  const year = format.text(String(fiscalYear));
  const visible = rows ? filterRows(rows, filter) : [];

  return (
    <Page
      title={t('measures.title', { year })}
      documentTitle={t('measures.documentTitle', { year, office: office.name })}
      actions={
        <>
          <Link href="/measures/new" className="btn btn-primary">
            {t('measures.add')}
          </Link>
          {deletedCount ? (
            <Link href="/measures/deleted" className="btn btn-secondary">
              {t('history.deletedMeasures.link', { count: deletedCount })}
            </Link>
          ) : null}
        </>
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
          <OpenRoundBanner
            fiscalYear={fiscalYear}
            rows={rows}
            onShow={(ids) => setFilter({ ...NO_FILTER, ids })}
          />
          <MeasureFilters
            units={office.units}
            filter={filter}
            onChange={setFilter}
          />
          {filter.ids.length > 0 ? (
            <p className="selection-note">
              {t('measures.selection')}{' '}
              <Button
                variant="ghost"
                onClick={() => setFilter({ ...filter, ids: [] })}
              >
                {t('measures.showAll')}
              </Button>
            </p>
          ) : null}
          <ResultCount
            shown={visible.length}
            total={rows.length}
            message={(counts) => t('measures.count', counts)}
          />
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
