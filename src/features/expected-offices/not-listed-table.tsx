import { useTranslation } from 'react-i18next';

import type { Office } from '@/domain/types';
import { VirtualTable } from '@/ui/virtual-table';

import { BUTTON_ROW_HEIGHT } from './row-height';

interface NotListedTableProps {
  offices: readonly Office[];
  onAdd: (office: Office) => void;
}

/**
 * The imported offices not on the list, each with its own "add": after a
 * nation's import that is 8,000 of them, so a screenful is drawn at a time.
 */
export function NotListedTable({ offices, onAdd }: NotListedTableProps) {
  const { t } = useTranslation();
  return (
    <VirtualTable
      count={offices.length}
      label={t('expectedOffices.notListedLabel')}
      className="table expected-table"
      rowHeight={BUTTON_ROW_HEIGHT}
      columns={4}
      head={
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('expectedOffices.name')}</th>
            <th scope="col">{t('expectedOffices.district')}</th>
            <th scope="col">{t('expectedOffices.province')}</th>
            <th scope="col">
              <span className="sr-only">{t('expectedOffices.actions')}</span>
            </th>
          </tr>
        </thead>
      }
      row={(index, rowProps) => {
        const office = offices[index];
        if (!office) return null;
        return (
          <tr key={office.id} {...rowProps}>
            <th scope="row">{office.name}</th>
            <td>{office.district}</td>
            <td>{office.province}</td>
            <td>
              <button
                type="button"
                className="btn btn-secondary"
                aria-label={t('expectedOffices.addOne', { name: office.name })}
                onClick={() => onAdd(office)}
              >
                {t('expectedOffices.addShort')}
              </button>
            </td>
          </tr>
        );
      }}
    />
  );
}
