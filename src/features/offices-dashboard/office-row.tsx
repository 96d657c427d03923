import { useTranslation } from 'react-i18next';

import type { OfficeComparisonRow } from '@/domain/dashboard/office-comparison';

import type { Column } from './columns';

interface OfficeRowProps {
  row: OfficeComparisonRow;
  /** 1-based position in the whole table, header row included. */
  rowIndex: number;
  columns: readonly Column[];
  measureRef: ((element: HTMLTableRowElement | null) => void) | undefined;
  dataIndex: number;
  /** Opens the office at a path of its own: its dashboard, or its filtered measures. */
  onOpen: (officeId: string, path: string) => void;
}

/** One office: its name opens its dashboard; a status count opens those measures. */
export function OfficeRow(props: OfficeRowProps) {
  const { row, rowIndex, columns, measureRef, dataIndex, onOpen } = props;
  const { t } = useTranslation();
  const [nameColumn, ...rest] = columns;
  const name = row.office.name;
  return (
    <tr ref={measureRef} data-index={dataIndex} aria-rowindex={rowIndex}>
      <th scope="row">
        <button
          type="button"
          className="link-button"
          aria-label={t('officesCompare.open', { office: name })}
          onClick={() => onOpen(row.office.id, '/dashboard')}
        >
          {nameColumn?.text(row) ?? name}
        </button>
      </th>
      {rest.map((column) => {
        const ids = column.ids?.(row) ?? [];
        const text = column.text(row);
        return (
          <td key={column.key} className={column.numeric ? 'num' : undefined}>
            {column.path && ids.length > 0 ? (
              <button
                type="button"
                className="link-button"
                aria-label={t('officesCompare.openMeasures', {
                  office: name,
                  what: column.header,
                  n: text,
                })}
                onClick={() => onOpen(row.office.id, column.path ?? '')}
              >
                {text}
              </button>
            ) : (
              text
            )}
          </td>
        );
      })}
    </tr>
  );
}
