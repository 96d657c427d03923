/**
 * The measures list's filter from the address, so another screen (the
 * dashboard) can link to exactly the measures behind a figure:
 * `/measures?status=late`, `/measures?unit=<id>`, `/measures?q=text`,
 * `/measures?ids=<id>,<id>`. Unknown values are ignored.
 */
import { UPDATE_STATUSES, type MeasureStatus } from '@/domain/types';

import { NO_FILTER, type MeasureFilter } from './measure-filters';

const isStatus = (value: string): value is MeasureStatus =>
  (UPDATE_STATUSES as readonly string[]).includes(value);

/** filterFromSearch('status=late') → { ...NO_FILTER, status: 'late' } */
export function filterFromSearch(search: string): MeasureFilter {
  const params = new URLSearchParams(search);
  const status = params.get('status') ?? '';
  return {
    ...NO_FILTER,
    status: isStatus(status) ? status : '',
    unitId: params.get('unit') ?? '',
    text: params.get('q') ?? '',
    ids: (params.get('ids') ?? '').split(',').filter(Boolean),
  };
}
