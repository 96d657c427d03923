import { useTranslation } from 'react-i18next';

import type { ExpectedOffice } from '@/domain/expected/expected-office';
import { VirtualTable } from '@/ui/virtual-table';

import { BUTTON_ROW_HEIGHT } from './row-height';

interface ExpectedTableProps {
  listed: readonly ExpectedOffice[];
  onRemove: (office: ExpectedOffice) => void;
}

/** The expected offices, a screenful drawn at a time: a nation's 8,000 open at once. */
export function ExpectedTable({ listed, onRemove }: ExpectedTableProps) {
  const { t } = useTranslation();
  return (
    <VirtualTable
      count={listed.length}
      label={t('expectedOffices.tableLabel')}
      className="table expected-table"
      rowHeight={BUTTON_ROW_HEIGHT}
      columns={6}
      head={
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('expectedOffices.name')}</th>
            <th scope="col">{t('expectedOffices.kind')}</th>
            <th scope="col">{t('expectedOffices.district')}</th>
            <th scope="col">{t('expectedOffices.province')}</th>
            <th scope="col">{t('expectedOffices.data')}</th>
            <th scope="col">
              <span className="sr-only">{t('expectedOffices.actions')}</span>
            </th>
          </tr>
        </thead>
      }
      row={(index, rowProps) => {
        const office = listed[index];
        if (!office) return null;
        return (
          <tr key={office.id} {...rowProps}>
            <th scope="row">{office.name}</th>
            <td>
              {office.kind
                ? t(`officeKind.${office.kind}`)
                : t('expectedOffices.noKind')}
            </td>
            <td>{office.district}</td>
            <td>{office.province}</td>
            <td>
              {office.officeId
                ? t('expectedOffices.imported')
                : t('expectedOffices.notImported')}
            </td>
            <td>
              <button
                type="button"
                className="btn btn-secondary"
                aria-label={t('expectedOffices.remove', { name: office.name })}
                onClick={() => onRemove(office)}
              >
                {t('expectedOffices.removeShort')}
              </button>
            </td>
          </tr>
        );
      }}
    />
  );
}
