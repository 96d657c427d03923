import { useTranslation } from 'react-i18next';

import type { RankedRow, RoundSort } from '@/domain/reporting/round-table';
import { ColumnCells, SortHead } from '@/ui/column-table';
import { VirtualTable } from '@/ui/virtual-table';

import type { RoundColumn } from './round-columns';

interface RoundTableProps {
  rows: readonly RankedRow[];
  columns: readonly RoundColumn[];
  sort: RoundSort;
  onSort: (sort: RoundSort) => void;
}

/**
 * The expected offices as one real table whose body is virtualised, as the
 * offices comparison is: at 8,000 offices only the rows in view (and a few
 * around) are in the page, so opening and sorting draw a screenful, not a
 * nation. The page prints the overdue checklist, not this table: printing
 * draws no more of it.
 */
export function RoundTable({ rows, columns, sort, onSort }: RoundTableProps) {
  const { t } = useTranslation();
  const [nameColumn, ...rest] = columns;
  return (
    <VirtualTable
      count={rows.length}
      label={t('roundPage.tableLabel')}
      className="table round-table"
      columns={columns.length}
      printsRows={false}
      head={
        <SortHead columns={columns} sort={sort} onSort={onSort} rowIndex={1} />
      }
      row={(index, rowProps) => {
        const row = rows[index];
        if (!row) return null;
        return (
          <tr
            key={row.office.id}
            {...rowProps}
            className={`round-row-${row.state.state}`}
          >
            <th scope="row">{nameColumn?.text(row)}</th>
            <ColumnCells row={row} columns={rest} />
          </tr>
        );
      }}
    />
  );
}
