import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import type { RankedRow, RoundSort } from '@/domain/reporting/round-table';
import { ColumnCells, SortHead } from '@/ui/column-table';
import { VirtualTable, type VirtualRowProps } from '@/ui/virtual-table';

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
        return row ? (
          <RoundRow
            key={row.office.id}
            {...rowProps}
            row={row}
            columns={columns}
          />
        ) : null;
      }}
    />
  );
}

/**
 * A row, drawn again only when its office or place changes: the table
 * redraws as soon as it is laid out and each time its rows are measured,
 * and the rows already drawn need not be made again each time.
 */
const RoundRow = memo(function RoundRow({
  row,
  columns,
  ...rowProps
}: VirtualRowProps & { row: RankedRow; columns: readonly RoundColumn[] }) {
  const [nameColumn, ...rest] = columns;
  return (
    <tr {...rowProps} className={`round-row-${row.state.state}`}>
      <th scope="row">{nameColumn?.text(row)}</th>
      <ColumnCells row={row} columns={rest} />
    </tr>
  );
});
