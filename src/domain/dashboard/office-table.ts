/** Filtering and sorting the offices comparison, by place and kind. */
import {
  compareThai,
  matchesSearch,
  sortRows,
  type SortValue,
  type TableSort,
} from '../table-sort';
import type { MeasureStatus, OfficeKind, Round } from '../types';
import type { OfficeComparisonRow } from './office-comparison';

export interface OfficeFilter {
  /** '' = any. */
  province: string;
  district: string;
  kind: OfficeKind | '';
  /** Part of the office's name. */
  text: string;
}

export const ANY_OFFICE: OfficeFilter = {
  province: '',
  district: '',
  kind: '',
  text: '',
};

/** filterOffices(rows, { ...ANY_OFFICE, province: 'ลำปาง' }): the offices of ลำปาง */
export function filterOffices(
  rows: readonly OfficeComparisonRow[],
  filter: OfficeFilter,
): OfficeComparisonRow[] {
  return rows.filter(({ office }) => {
    if (filter.province && office.province !== filter.province) return false;
    if (filter.district && office.district !== filter.district) return false;
    if (filter.kind && office.kind !== filter.kind) return false;
    return matchesSearch(office.name, filter.text);
  });
}

/** The provinces present, and the districts of the chosen province (or all), sorted in Thai order. */
export function placeChoices(
  rows: readonly OfficeComparisonRow[],
  province: string,
): { provinces: string[]; districts: string[] } {
  const sorted = (values: string[]) =>
    [...new Set(values.filter(Boolean))].sort(compareThai);
  return {
    provinces: sorted(rows.map((r) => r.office.province)),
    districts: sorted(
      rows
        .filter((r) => !province || r.office.province === province)
        .map((r) => r.office.district),
    ),
  };
}

export type OfficeSortKey =
  'name' | 'place' | 'kind' | 'total' | MeasureStatus | 'completion' | Round;

export type OfficeSort = TableSort<OfficeSortKey>;

function sortValue(row: OfficeComparisonRow, key: OfficeSortKey): SortValue {
  const { office } = row;
  switch (key) {
    case 'name':
      return office.name;
    case 'place':
      return `${office.province}\u0000${office.district}`;
    case 'kind':
      return office.kind;
    case 'total':
      return row.measureIds.length;
    case 'completion':
      return row.completionRate;
    case 'six-month':
    case 'annual':
      return row.rounds[key].rate;
    default:
      return row.byStatus[key].length;
  }
}

/**
 * sortOffices(rows, { key: 'late', direction: 'descending' }): most late first.
 * Offices without a figure (no measure: rate null) go last either way; ties
 * keep the name order, so the list never shuffles between renders.
 */
export function sortOffices(
  rows: readonly OfficeComparisonRow[],
  sort: OfficeSort,
): OfficeComparisonRow[] {
  return sortRows(
    rows,
    sort.direction,
    (row) => sortValue(row, sort.key),
    (row) => row.office.name,
  );
}
