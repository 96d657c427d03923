import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';

import { officesOverview } from '@/db/overview';
import { setSetting } from '@/db/settings';
import { matchesSearch, sortRows, type TableSort } from '@/domain/table-sort';
import { useFormat } from '@/i18n/use-format';
import { ExportButtons } from '@/ui/export-buttons';
import { Field } from '@/ui/field';
import { Page } from '@/ui/page';
import { ResultCount } from '@/ui/result-count';
import { columnsToTable } from '@/ui/table-columns';

import { overviewColumns, type OverviewSortKey } from './overview-columns';
import { OverviewTable } from './overview-table';

/** Every office on this device, for consolidators who imported many: searched, sorted, exported. */
export function OfficesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [, navigate] = useLocation();
  const rows = useLiveQuery(officesOverview);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<TableSort<OverviewSortKey>>({
    key: 'name',
    direction: 'ascending',
  });
  const columns = overviewColumns(t, format);
  const sortColumn = columns.find((c) => c.key === sort.key);
  // A device holds tens or hundreds of offices: sorted on every render.
  const shown = sortRows(
    (rows ?? []).filter((row) => matchesSearch(row.name, search)),
    sort.direction,
    (row) => sortColumn?.sortValue(row) ?? null,
    (row) => row.name,
  );
  const open = async (officeId: string) => {
    await setSetting('officeId', officeId);
    navigate('/measures');
  };
  const title = t('consolidation.title');
  return (
    <Page
      title={title}
      documentTitle={title}
      actions={
        <>
          <Link href="/offices/compare" className="btn btn-secondary">
            {t('consolidation.compare')}
          </Link>
          <Link href="/offices/expected" className="btn btn-secondary">
            {t('expectedOffices.link')}
          </Link>
          <Link href="/rounds" className="btn btn-secondary">
            {t('roundPage.link')}
          </Link>
        </>
      }
    >
      <p className="lead">{t('consolidation.intro')}</p>
      {rows === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <>
          <search className="filters">
            <Field label={t('consolidation.search')}>
              {(p) => (
                <input
                  {...p}
                  type="search"
                  value={search}
                  onChange={(e) => setSearch(e.target.value)}
                />
              )}
            </Field>
          </search>
          <ResultCount
            shown={shown.length}
            total={rows.length}
            message={(counts) => t('consolidation.count', counts)}
          />
          <OverviewTable
            rows={shown}
            columns={columns}
            sort={sort}
            onSort={setSort}
            onOpen={(id) => void open(id)}
          />
          <ExportButtons
            table={columnsToTable(title, columns, shown)}
            name={title}
            fileName="ita-offices-overview"
          />
        </>
      )}
    </Page>
  );
}
