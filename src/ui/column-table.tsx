/**
 * The head and the foot of a table made from its columns (table-columns.ts):
 * a sortable heading per column, the total row of the rows shown, and a
 * row's cells after its heading cell. Tables draw their own rows (and each
 * its heading cell: a link, a button or text); these are the same in every
 * sortable table.
 */
import type { TableSort } from '@/domain/table-sort';

import { SortHeader } from './sort-header';
import type { TableColumn, TotalCell } from './table-columns';

type HeadColumn<K extends string> = Pick<
  TableColumn<never, K>,
  'key' | 'header' | 'numeric' | 'descendingFirst'
>;

interface SortHeadProps<K extends string> {
  columns: readonly HeadColumn<K>[];
  sort: TableSort<K>;
  onSort: (sort: TableSort<K>) => void;
  /** Its aria-rowindex, in a table whose rows are not all in the page. */
  rowIndex?: number;
}

/** The heading row: each heading sorts by its column. */
export function SortHead<K extends string>({
  columns,
  sort,
  onSort,
  rowIndex,
}: SortHeadProps<K>) {
  return (
    <thead>
      <tr aria-rowindex={rowIndex}>
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
  );
}

interface TotalFootProps {
  /** totalRow(columns, rows): none when no column has a total. */
  totals: readonly TotalCell[] | null;
  columns: readonly Pick<TableColumn<never>, 'numeric'>[];
  /** Its aria-rowindex, in a table whose rows are not all in the page. */
  rowIndex?: number;
}

/** The total row, headed like the rows above it; figures aligned as theirs. */
export function TotalFoot({ totals, columns, rowIndex }: TotalFootProps) {
  if (!totals) return null;
  return (
    <tfoot>
      <tr aria-rowindex={rowIndex}>
        {totals.map((cell, i) =>
          i === 0 ? (
            <th key={i} scope="row">
              {cell.text}
            </th>
          ) : (
            <td key={i} className={columns[i]?.numeric ? 'num' : undefined}>
              {cell.text}
            </td>
          ),
        )}
      </tr>
    </tfoot>
  );
}

interface ColumnCellsProps<R> {
  row: R;
  /** The columns after the first, whose cell heads the row. */
  columns: readonly Pick<TableColumn<R>, 'key' | 'numeric' | 'text'>[];
}

/** A row's cells as its columns write them; figures aligned right. */
export function ColumnCells<R>({ row, columns }: ColumnCellsProps<R>) {
  return columns.map((column) => (
    <td key={column.key} className={column.numeric ? 'num' : undefined}>
      {column.text(row)}
    </td>
  ));
}
