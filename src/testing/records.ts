import { createRecord, reviseRecord } from '@/domain/revision';
import type { Measure, Office, ProgressUpdate } from '@/domain/types';

import {
  makeMeasureInput,
  makeOfficeFields,
  makeUpdateInput,
} from './factories';

export const T0 = '2025-01-01T00:00:00.000Z';

export function makeOffice(id = 'office-1', name = 'เทศบาลตำบลทดสอบ'): Office {
  return createRecord<Office>(makeOfficeFields({ name }), id, T0);
}

export function makeMeasure(
  id = 'measure-1',
  officeId = 'office-1',
  title = 'มาตรการ',
): Measure {
  return createRecord<Measure>(
    { ...makeMeasureInput({ title }), officeId, fiscalYear: 2568, order: 1 },
    id,
    T0,
  );
}

export function makeUpdate(
  id = 'update-1',
  measureId = 'measure-1',
  officeId = 'office-1',
): ProgressUpdate {
  return createRecord<ProgressUpdate>(
    { ...makeUpdateInput(), measureId, officeId },
    id,
    T0,
  );
}

/** An edit of a measure's title: a new revision descending from `measure`. */
export function editTitle(measure: Measure, title: string, now = T0): Measure {
  return reviseRecord(measure, { title }, now);
}
