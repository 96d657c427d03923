/**
 * Where a dashboard figure leads: the measures list filtered to exactly the
 * measures behind it (the list reads these from the address).
 */
import type { MeasureStatus } from '@/domain/types';

/** measuresHref({ status: 'late' }) === '/measures?status=late' */
export function measuresHref(
  filter: { status: MeasureStatus } | { ids: readonly string[] },
): string {
  const params =
    'status' in filter
      ? new URLSearchParams({ status: filter.status })
      : new URLSearchParams({ ids: filter.ids.join(',') });
  // Ids are UUIDs: the comma needs no escaping and keeps the address readable.
  return `/measures?${params.toString().replaceAll('%2C', ',')}`;
}

export const measureHref = (id: string) => `/measures/${id}`;
