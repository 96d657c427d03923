import { useTranslation } from 'react-i18next';

import type { OfficeComparisonRow } from '@/domain/dashboard/office-comparison';
import type { OfficeSort } from '@/domain/dashboard/office-table';
import { SortHead, TotalFoot } from '@/ui/column-table';
import { totalRow } from '@/ui/table-columns';
import { VirtualTable } from '@/ui/virtual-table';

import type { Column } from './columns';
import { OfficeRow } from './office-row';

interface OfficesTableProps {
  rows: readonly OfficeComparisonRow[];
  columns: readonly Column[];
  sort: OfficeSort;
  onSort: (sort: OfficeSort) => void;
  onOpen: (officeId: string, path: string) => void;
}

/**
 * The comparison as one virtualised table (ui/virtual-table.tsx): a
 * province of hundreds of offices scrolls smoothly, and prints whole. The
 * office names stay at the left while the figures scroll sideways, and the
 * total row stays at the bottom while the offices scroll by.
 */
export function OfficesTable(props: OfficesTableProps) {
  const { rows, columns, sort, onSort, onOpen } = props;
  const { t } = useTranslation();
  const totals = totalRow(columns, rows);
  return (
    <VirtualTable
      count={rows.length}
      label={t('officesCompare.tableLabel')}
      className="table offices-table"
      columns={columns.length}
      head={
        <SortHead columns={columns} sort={sort} onSort={onSort} rowIndex={1} />
      }
      foot={
        totals ? (
          <TotalFoot
            totals={totals}
            columns={columns}
            rowIndex={rows.length + 2}
          />
        ) : undefined
      }
      row={(index, rowProps) => {
        const row = rows[index];
        return row ? (
          <OfficeRow
            key={row.office.id}
            row={row}
            rowProps={rowProps}
            columns={columns}
            onOpen={onOpen}
          />
        ) : null;
      }}
    />
  );
}
