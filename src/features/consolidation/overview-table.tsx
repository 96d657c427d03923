import { useTranslation } from 'react-i18next';

import type { OfficeOverview } from '@/db/overview';
import type { TableSort } from '@/domain/table-sort';
import { Button } from '@/ui/button';
import { ColumnCells, SortHead, TotalFoot } from '@/ui/column-table';
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
  return (
    <div className="table-scroll">
      <table className="table">
        <SortHead columns={columns} sort={sort} onSort={onSort} />
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
              <ColumnCells row={row} columns={rest} />
            </tr>
          ))}
        </tbody>
        <TotalFoot totals={totalRow(columns, rows)} columns={columns} />
      </table>
    </div>
  );
}
