/**
 * The comparison's columns: how each is headed, sorted, written as text, as
 * figures in the exported file, and added up in the total row. The key
 * figures (measures, completion, the rounds) come right after the name, so
 * they are in view at 1280 px; the status counts, place and kind follow.
 */
import type { TFunction } from 'i18next';

import {
  comparisonTotal,
  type ComparisonFigures,
  type OfficeComparisonRow,
} from '@/domain/dashboard/office-comparison';
import type { OfficeSortKey } from '@/domain/dashboard/office-table';
import {
  UPDATE_STATUSES,
  type MeasureStatus,
  type Round,
} from '@/domain/types';
import {
  totalCell,
  type TableColumn,
  type TotalCell,
} from '@/ui/table-columns';
import { numberCell, type TableCell } from '@/ui/table-export';

export interface Column extends TableColumn<
  OfficeComparisonRow,
  OfficeSortKey
> {
  /** The measures behind the cell, when it is a count. */
  ids?: (row: OfficeComparisonRow) => readonly string[];
  /** Where those measures are listed, once their office is opened. */
  path?: string;
}

interface Formats {
  number: (n: number, options?: Intl.NumberFormatOptions) => string;
  /** Digits inside words (รอบ ๖ เดือน), as chosen. */
  text: (text: string) => string;
}

/** A column of figures: its text, number cells and total from the same function. */
type Figures = (row: ComparisonFigures) => { text: string; cells: TableCell[] };

export function comparisonColumns(t: TFunction, format: Formats): Column[] {
  // The total of the rows shown, computed once for every column's total cell.
  let cached: [readonly OfficeComparisonRow[], ComparisonFigures] | undefined;
  const totalOf = (rows: readonly OfficeComparisonRow[]) => {
    if (cached?.[0] !== rows) cached = [rows, comparisonTotal(rows)];
    return cached[1];
  };
  const count = (ids: readonly string[]) => {
    const text = format.number(ids.length);
    return { text, cells: [numberCell(ids.length, text)] };
  };
  // A share as a number cell (0–1, shown as a percentage); no share is a dash.
  const rate = (value: number | null) => {
    if (value === null) return { text: '—', cells: ['—'] };
    const text = format.number(value, { style: 'percent' });
    return { text, cells: [numberCell(value, text, true)] };
  };
  const figures = (
    key: OfficeSortKey,
    header: string,
    of: Figures,
    more: Partial<Column> = {},
  ): Column => ({
    key,
    header,
    numeric: true,
    text: (row) => of(row).text,
    exported: (row) => of(row).cells,
    total: (rows): TotalCell => {
      const { text, cells } = of(totalOf(rows));
      return { text, exported: cells };
    },
    ...more,
  });
  const status = (s: MeasureStatus): Column =>
    figures(s, t(`status.${s}`), (row) => count(row.byStatus[s]), {
      ids: (row) => row.byStatus[s],
      path: `/measures?status=${s}`,
    });
  // "2/11" on screen; in the file two figures, which a spreadsheet adds up
  // and never reads as a date (as it would "2/11").
  const round = (r: Round): Column => {
    const header = format.text(t(`officesCompare.round.${r}`));
    return figures(
      r,
      header,
      ({ rounds }) => {
        const reported = rounds[r].reportedIds.length;
        const expected = rounds[r].expectedIds.length;
        return {
          text:
            expected === 0
              ? '—'
              : t('officesCompare.roundValue', {
                  reported: format.number(reported),
                  expected: format.number(expected),
                }),
          cells: [
            numberCell(reported, format.number(reported)),
            numberCell(expected, format.number(expected)),
          ],
        };
      },
      {
        exportHeaders: [
          t('officesCompare.roundReported', { round: header }),
          t('officesCompare.roundExpected', { round: header }),
        ],
      },
    );
  };
  return [
    {
      key: 'name',
      header: t('officesCompare.office'),
      numeric: false,
      text: (row) => row.office.name,
      total: () => totalCell(t('officesCompare.total')),
    },
    figures(
      'total',
      t('officesCompare.measures'),
      (row) => count(row.measureIds),
      {
        ids: (row) => row.measureIds,
        path: '/measures',
      },
    ),
    figures('completion', t('officesCompare.completion'), (row) =>
      rate(row.completionRate),
    ),
    round('six-month'),
    round('annual'),
    ...UPDATE_STATUSES.map(status),
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
  ];
}
