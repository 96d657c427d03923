/**
 * The columns of ทุกหน่วยงาน: headed, sorted, shown, exported and totalled
 * through the same shared pieces as the offices comparison (ui/table-columns,
 * domain/table-sort): counts are number cells, dates stay the text shown (a
 * Buddhist-era date is not a date a spreadsheet would read right).
 */
import type { TFunction } from 'i18next';

import type { OfficeOverview } from '@/db/overview';
import type { SortValue } from '@/domain/table-sort';
import { totalCell, type TableColumn } from '@/ui/table-columns';
import { numberCell } from '@/ui/table-export';

export type OverviewSortKey =
  | 'name'
  | 'place'
  | 'years'
  | 'measures'
  | 'updates'
  | 'lastUpdate'
  | 'lastImport'
  | 'conflicts';

export interface OverviewColumn extends TableColumn<
  OfficeOverview,
  OverviewSortKey
> {
  sortValue: (row: OfficeOverview) => SortValue;
}

interface Formats {
  number: (n: number) => string;
  text: (text: string) => string;
  date: (date: string) => string;
  timestamp: (iso: string) => string;
}

type Count = 'measures' | 'updates' | 'conflicts';

export function overviewColumns(
  t: TFunction,
  format: Formats,
): OverviewColumn[] {
  const dash = t('consolidation.never');
  const count = (key: Count): OverviewColumn => ({
    key,
    header: t(`consolidation.${key}`),
    numeric: true,
    text: (row) => format.number(row[key]),
    exported: (row) => [numberCell(row[key], format.number(row[key]))],
    total: (rows) => {
      const sum = rows.reduce((n, row) => n + row[key], 0);
      return totalCell(numberCell(sum, format.number(sum)));
    },
    sortValue: (row) => row[key],
  });
  const when = (
    key: 'lastUpdate' | 'lastImport',
    show: (value: string) => string,
  ): OverviewColumn => ({
    key,
    header: t(`consolidation.${key}`),
    numeric: false,
    descendingFirst: true,
    text: (row) => {
      const value = row[key];
      return value ? show(value) : dash;
    },
    // ISO dates and moments sort as text; none goes last.
    sortValue: (row) => row[key] ?? null,
  });
  return [
    {
      key: 'name',
      header: t('consolidation.office'),
      numeric: false,
      text: (row) => row.name,
      total: () => totalCell(t('consolidation.total')),
      sortValue: (row) => row.name,
    },
    {
      key: 'place',
      header: t('consolidation.place'),
      numeric: false,
      text: (row) => [row.district, row.province].filter(Boolean).join(' / '),
      sortValue: (row) => `${row.province}\u0000${row.district}`,
    },
    {
      key: 'years',
      header: t('consolidation.years'),
      numeric: false,
      descendingFirst: true,
      text: (row) =>
        row.fiscalYears.map((y) => format.text(String(y))).join(', ') || dash,
      // The newest year the office has (its years are newest first).
      sortValue: (row) => row.fiscalYears[0] ?? null,
    },
    count('measures'),
    count('updates'),
    when('lastUpdate', format.date),
    when('lastImport', format.timestamp),
    count('conflicts'),
  ];
}
