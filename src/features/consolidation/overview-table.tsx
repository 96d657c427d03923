import { useTranslation } from 'react-i18next';

import type { OfficeOverview } from '@/db/overview';
import type { TableSort } from '@/domain/table-sort';
import { Button } from '@/ui/button';
import { SortHeader } from '@/ui/sort-header';
import { totalRow } from '@/ui/table-columns';

import type { OverviewColumn, OverviewSortKey } from './overview-columns';

interface OverviewTableProps {
  rows: readonly OfficeOverview[];
  columns: readonly OverviewColumn[];
  sort: TableSort<OverviewSortKey>;
  onSort: (sort: TableSort<OverviewSortKey>) => void;
  onOpen: (officeId: string) => void;
}

/** One office a row (its name opens it), sortable headings, and the total of the offices shown. */
export function OverviewTable(props: OverviewTableProps) {
  const { rows, columns, sort, onSort, onOpen } = props;
  const { t } = useTranslation();
  const [nameColumn, ...rest] = columns;
  const totals = totalRow(columns, rows);
  const cellClass = (column: OverviewColumn | undefined) =>
    column?.numeric ? 'num' : undefined;
  return (
    <div className="table-scroll">
      <table className="table">
        <thead>
          <tr>
            {columns.map((column) => (
              <SortHeader
                key={column.key}
                column={column}
                sort={sort}
                onSort={onSort}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.officeId}>
              <th scope="row">
                <Button
                  variant="ghost"
                  onClick={() => onOpen(row.officeId)}
                  aria-label={t('consolidation.open', { office: row.name })}
                >
                  {nameColumn?.text(row) ?? row.name}
                </Button>
              </th>
              {rest.map((column) => (
                <td key={column.key} className={cellClass(column)}>
                  {column.text(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {totals ? (
          <tfoot>
            <tr>
              {totals.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell.text}
                  </th>
                ) : (
                  <td key={i} className={cellClass(columns[i])}>
                    {cell.text}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
