import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { VirtualTable } from '@/ui/virtual-table';

// A row with a button in it is about 57.4 px tall (Sarabun, 1280 px wide):
// guessed a little high, so End still reaches the last row.
const ROW_HEIGHT = 60;

interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

interface OfficeListTableProps<T> {
  rows: readonly T[];
  /** The scrolling region's name. */
  label: string;
  /** After the office's name, which heads each row. */
  columns: readonly Column<T>[];
  /** The button each row has: its text, and its name that says the office. */
  action: { text: string; name: (row: T) => string; run: (row: T) => void };
}

/**
 * Offices, one a row with a button of its own, a screenful drawn at a time:
 * after a nation's import there are 8,000 of them.
 */
export function OfficeListTable<T extends { id: string; name: string }>({
  rows,
  label,
  columns,
  action,
}: OfficeListTableProps<T>) {
  const { t } = useTranslation();
  return (
    <VirtualTable
      count={rows.length}
      label={label}
      className="table expected-table"
      rowHeight={ROW_HEIGHT}
      columns={columns.length + 2}
      head={
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('expectedOffices.name')}</th>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
            <th scope="col">
              <span className="sr-only">{t('expectedOffices.actions')}</span>
            </th>
          </tr>
        </thead>
      }
      row={(index, rowProps) => {
        const row = rows[index];
        if (!row) return null;
        return (
          <tr key={row.id} {...rowProps}>
            <th scope="row">{row.name}</th>
            {columns.map((column) => (
              <td key={column.header}>{column.cell(row)}</td>
            ))}
            <td>
              <button
                type="button"
                className="btn btn-secondary"
                aria-label={action.name(row)}
                onClick={() => action.run(row)}
              >
                {action.text}
              </button>
            </td>
          </tr>
        );
      }}
    />
  );
}
