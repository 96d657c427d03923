import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';

import { setSetting } from '@/db/settings';
import {
  ANY_OFFICE,
  filterOffices,
  placeChoices,
  sortOffices,
  type OfficeSort,
} from '@/domain/dashboard/office-table';
import { useFormat } from '@/i18n/use-format';
import { ExportButtons } from '@/ui/export-buttons';
import { Page } from '@/ui/page';
import { ResultCount } from '@/ui/result-count';
import { columnsToTable } from '@/ui/table-columns';

import { comparisonColumns } from './columns';
import { OfficeFilters } from './office-filters-bar';
import { OfficesTable } from './offices-table';
import { useOfficeComparison } from './use-office-comparison';
import './offices-dashboard.css';

/** Every office's measures of the year side by side, for consolidators. */
export function OfficesComparePage({ fiscalYear }: { fiscalYear: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [, navigate] = useLocation();
  const rows = useOfficeComparison(fiscalYear);
  const [filter, setFilter] = useState(ANY_OFFICE);
  const [sort, setSort] = useState<OfficeSort>({
    key: 'name',
    direction: 'ascending',
  });
  const year = format.text(String(fiscalYear));
  const columns = comparisonColumns(t, format);
  const shown = useMemo(
    () => (rows ? sortOffices(filterOffices(rows, filter), sort) : []),
    [rows, filter, sort],
  );
  const places = useMemo(
    () => placeChoices(rows ?? [], filter.province),
    [rows, filter.province],
  );
  const open = async (officeId: string, path: string) => {
    await setSetting('officeId', officeId);
    navigate(path);
  };
  const title = t('officesCompare.title', { year });
  return (
    <Page
      title={title}
      documentTitle={title}
      actions={
        <Link href="/offices" className="btn btn-secondary">
          {t('officesCompare.toOverview')}
        </Link>
      }
    >
      <p className="lead">{t('officesCompare.intro')}</p>
      {rows === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <>
          <OfficeFilters
            filter={filter}
            provinces={places.provinces}
            districts={places.districts}
            onChange={setFilter}
          />
          <ResultCount
            shown={shown.length}
            total={rows.length}
            message={(counts) => t('officesCompare.count', counts)}
          />
          <OfficesTable
            rows={shown}
            columns={columns}
            sort={sort}
            onSort={setSort}
            onOpen={(id, path) => void open(id, path)}
          />
          <ExportButtons
            table={columnsToTable(title, columns, shown)}
            name={t('officesCompare.sheet')}
            fileName={`ita-offices-${fiscalYear}`}
          />
        </>
      )}
    </Page>
  );
}
