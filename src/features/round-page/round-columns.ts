/**
 * The round table's columns: how each is headed, sorted (by its key,
 * domain/reporting/round-table.ts) and written as text.
 */
import type { TFunction } from 'i18next';

import type { OfficeRoundState } from '@/domain/reporting/reporting-rate';
import type { RankedRow, RoundSortKey } from '@/domain/reporting/round-table';
import type { IsoDate } from '@/domain/types';
import type { TableColumn } from '@/ui/table-columns';

export type RoundColumn = TableColumn<RankedRow, RoundSortKey>;

interface Formats {
  number: (n: number) => string;
  date: (date: IsoDate) => string;
}

/** "ตรงเวลา", "ช้า ๓ วัน", "เลยกำหนด ๑๐ วัน", "ยังไม่ถึงกำหนด", or a dash without a due date. */
export function timeliness(
  t: TFunction,
  format: Formats,
  state: OfficeRoundState,
): string {
  if (state.daysLate === null) return '—';
  const n = format.number(state.daysLate);
  if (state.state === 'not-received')
    return state.daysLate > 0
      ? t('roundPage.timely.overdue', { n })
      : t('roundPage.timely.notDue');
  return state.daysLate > 0
    ? t('roundPage.timely.late', { n })
    : t('roundPage.timely.onTime');
}

export function roundColumns(t: TFunction, format: Formats): RoundColumn[] {
  return [
    {
      key: 'name',
      header: t('roundPage.column.office'),
      numeric: false,
      text: (row) => row.office.name,
    },
    {
      key: 'district',
      header: t('expectedOffices.district'),
      numeric: false,
      text: (row) => row.office.district,
    },
    {
      key: 'state',
      header: t('roundPage.column.state'),
      numeric: false,
      text: (row) => t(`roundPage.state.${row.state.state}`),
    },
    {
      key: 'receivedOn',
      header: t('roundPage.column.receivedOn'),
      numeric: false,
      descendingFirst: true,
      text: (row) =>
        row.state.receivedOn ? format.date(row.state.receivedOn) : '—',
    },
    {
      key: 'daysLate',
      header: t('roundPage.column.timeliness'),
      numeric: true,
      text: (row) => timeliness(t, format, row.state),
    },
    {
      key: 'reported',
      header: t('roundPage.column.reported'),
      numeric: true,
      text: ({ state }) =>
        state.measures === 0
          ? t('roundPage.noData')
          : t('roundPage.reportedValue', {
              reported: format.number(state.reported),
              measures: format.number(state.measures),
            }),
    },
  ];
}
