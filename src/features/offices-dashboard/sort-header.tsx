import { useTranslation } from 'react-i18next';

import type { OfficeSort } from '@/domain/dashboard/office-table';

import type { Column } from './columns';

interface SortHeaderProps {
  column: Column;
  sort: OfficeSort;
  onSort: (sort: OfficeSort) => void;
}

/** A column heading that sorts by its column; a second press reverses. */
export function SortHeader({ column, sort, onSort }: SortHeaderProps) {
  const { t } = useTranslation();
  const active = sort.key === column.key;
  // Figures sort largest first on the first press; names from A.
  const first = column.numeric ? 'descending' : 'ascending';
  const next = active
    ? sort.direction === 'ascending'
      ? 'descending'
      : 'ascending'
    : first;
  return (
    <th
      scope="col"
      aria-sort={active ? sort.direction : undefined}
      className={column.numeric ? 'num' : undefined}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort({ key: column.key, direction: next })}
      >
        {column.header}
        <span className="sr-only"> {t(`officesCompare.sortBy.${next}`)}</span>
        <span aria-hidden="true" className="sort-mark" />
      </button>
    </th>
  );
}
