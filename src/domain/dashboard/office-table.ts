/** Filtering and sorting the offices comparison, by place and kind. */
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
  const needle = filter.text.trim().toLocaleLowerCase('th');
  return rows.filter(({ office }) => {
    if (filter.province && office.province !== filter.province) return false;
    if (filter.district && office.district !== filter.district) return false;
    if (filter.kind && office.kind !== filter.kind) return false;
    return !needle || office.name.toLocaleLowerCase('th').includes(needle);
  });
}

/** The provinces present, and the districts of the chosen province (or all), sorted in Thai order. */
export function placeChoices(
  rows: readonly OfficeComparisonRow[],
  province: string,
): { provinces: string[]; districts: string[] } {
  const sorted = (values: string[]) =>
    [...new Set(values.filter(Boolean))].sort(collator.compare);
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

export interface OfficeSort {
  key: OfficeSortKey;
  direction: 'ascending' | 'descending';
}

const collator = new Intl.Collator('th');

type SortValue = string | number | null;

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

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'string' && typeof b === 'string') {
    return collator.compare(a, b);
  }
  return (a as number) - (b as number);
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
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = sortValue(x, sort.key);
    const b = sortValue(y, sort.key);
    if (a === null || b === null) {
      if (a !== b) return a === null ? 1 : -1;
    } else {
      const order = compareValues(a, b);
      if (order !== 0) return sign * order;
    }
    return collator.compare(x.office.name, y.office.name);
  });
}
