/**
 * The comparison's columns: how each is headed, sorted and written as text
 * (the same text on screen and in the exported file).
 */
import type { TFunction } from 'i18next';

import type { OfficeComparisonRow } from '@/domain/dashboard/office-comparison';
import type { OfficeSortKey } from '@/domain/dashboard/office-table';
import {
  UPDATE_STATUSES,
  type MeasureStatus,
  type Round,
} from '@/domain/types';

export interface Column {
  key: OfficeSortKey;
  header: string;
  numeric: boolean;
  /** The measures behind the cell, when it is a count. */
  ids?: (row: OfficeComparisonRow) => readonly string[];
  /** Where those measures are listed, once their office is opened. */
  path?: string;
  text: (row: OfficeComparisonRow) => string;
}

interface Formats {
  number: (n: number, options?: Intl.NumberFormatOptions) => string;
  /** Digits inside words (รอบ ๖ เดือน), as chosen. */
  text: (text: string) => string;
}

export function comparisonColumns(t: TFunction, format: Formats): Column[] {
  const percent = (rate: number | null) =>
    rate === null ? '—' : format.number(rate, { style: 'percent' });
  const status = (s: MeasureStatus): Column => ({
    key: s,
    header: t(`status.${s}`),
    numeric: true,
    ids: (row) => row.byStatus[s],
    path: `/measures?status=${s}`,
    text: (row) => format.number(row.byStatus[s].length),
  });
  const round = (r: Round): Column => ({
    key: r,
    header: format.text(t(`officesCompare.round.${r}`)),
    numeric: true,
    text: ({ rounds }) =>
      rounds[r].expectedIds.length === 0
        ? '—'
        : t('officesCompare.roundValue', {
            reported: format.number(rounds[r].reportedIds.length),
            expected: format.number(rounds[r].expectedIds.length),
          }),
  });
  return [
    {
      key: 'name',
      header: t('officesCompare.office'),
      numeric: false,
      text: (row) => row.office.name,
    },
    {
      key: 'place',
      header: t('officesCompare.place'),
      numeric: false,
      text: ({ office }) =>
        [office.district, office.province].filter(Boolean).join(' / '),
    },
    {
      key: 'kind',
      header: t('officesCompare.kind'),
      numeric: false,
      text: (row) => t(`officeKind.${row.office.kind}`),
    },
    {
      key: 'total',
      header: t('officesCompare.measures'),
      numeric: true,
      ids: (row) => row.measureIds,
      path: '/measures',
      text: (row) => format.number(row.measureIds.length),
    },
    ...UPDATE_STATUSES.map(status),
    {
      key: 'completion',
      header: t('officesCompare.completion'),
      numeric: true,
      text: (row) => percent(row.completionRate),
    },
    round('six-month'),
    round('annual'),
  ];
}
