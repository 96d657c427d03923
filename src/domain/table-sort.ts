/**
 * Sorting and searching a table of rows named by a text (an office, say), the
 * same way on every page: figures and text in Thai order, rows without a
 * figure last either way, ties in name order so rows never shuffle.
 */
export type SortDirection = 'ascending' | 'descending';

export interface TableSort<K extends string> {
  key: K;
  direction: SortDirection;
}

/** A figure, a text (an ISO date sorts as text), or nothing to sort by. */
export type SortValue = string | number | null;

const collator = new Intl.Collator('th');

/** compareThai('ก', 'ข') < 0: Thai dictionary order. */
export const compareThai = (a: string, b: string): number =>
  collator.compare(a, b);

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'string' && typeof b === 'string') return compareThai(a, b);
  return (a as number) - (b as number);
}

/** sortRows(offices, 'descending', (o) => o.late, (o) => o.name): most late first */
export function sortRows<R>(
  rows: readonly R[],
  direction: SortDirection,
  valueOf: (row: R) => SortValue,
  nameOf: (row: R) => string,
): R[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = valueOf(x);
    const b = valueOf(y);
    if (a === null || b === null) {
      if (a !== b) return a === null ? 1 : -1;
    } else {
      const order = compareValues(a, b);
      if (order !== 0) return sign * order;
    }
    return compareThai(nameOf(x), nameOf(y));
  });
}

/** matchesSearch('เทศบาลตำบลขุนแก้ว', ' ขุนแก้ว ') === true; an empty search matches all. */
export function matchesSearch(name: string, search: string): boolean {
  const needle = search.trim().toLocaleLowerCase('th');
  return !needle || name.toLocaleLowerCase('th').includes(needle);
}
