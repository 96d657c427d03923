import { useTranslation } from 'react-i18next';

import type { TableSort } from '@/domain/table-sort';

import type { TableColumn } from './table-columns';

interface SortHeaderProps<K extends string> {
  column: Pick<
    TableColumn<never, K>,
    'key' | 'header' | 'numeric' | 'descendingFirst'
  >;
  sort: TableSort<K>;
  onSort: (sort: TableSort<K>) => void;
  className?: string;
}

/** A column heading that sorts by its column; a second press reverses. */
export function SortHeader<K extends string>({
  column,
  sort,
  onSort,
  className,
}: SortHeaderProps<K>) {
  const { t } = useTranslation();
  const active = sort.key === column.key;
  // Figures and dates sort largest or newest first on the first press; names from ก.
  const first =
    (column.descendingFirst ?? column.numeric) ? 'descending' : 'ascending';
  const next = active
    ? sort.direction === 'ascending'
      ? 'descending'
      : 'ascending'
    : first;
  return (
    <th
      scope="col"
      aria-sort={active ? sort.direction : undefined}
      className={
        [column.numeric ? 'num' : '', className ?? ''].join(' ').trim() ||
        undefined
      }
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort({ key: column.key, direction: next })}
      >
        {column.header}
        <span className="sr-only"> {t(`tableSort.${next}`)}</span>
        <span aria-hidden="true" className="sort-mark" />
      </button>
    </th>
  );
}
