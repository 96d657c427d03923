import { useTranslation } from 'react-i18next';

import type { OfficeComparisonRow } from '@/domain/dashboard/office-comparison';
import type { VirtualRowProps } from '@/ui/virtual-table';

import type { Column } from './columns';

interface OfficeRowProps {
  row: OfficeComparisonRow;
  /** Its place in the virtualised table. */
  rowProps: VirtualRowProps;
  columns: readonly Column[];
  /** Opens the office at a path of its own: its dashboard, or its filtered measures. */
  onOpen: (officeId: string, path: string) => void;
}

/** One office: its name opens its dashboard; a status count opens those measures. */
export function OfficeRow(props: OfficeRowProps) {
  const { row, rowProps, columns, onOpen } = props;
  const { t } = useTranslation();
  const [nameColumn, ...rest] = columns;
  const name = row.office.name;
  return (
    <tr {...rowProps}>
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
