/**
 * A consolidator's device may be set to change by forms only its own
 * office (issue 17, Settings → This device): the other offices' records
 * change by import only. Checked in the write path, so no form, undo or
 * paste can get around it; round deadlines belong to no office and stay
 * editable.
 */
import type { RecordKind } from '@/bundle/record-schemas';

import type { Versions } from './change';

export class OfficeReadOnlyError extends Error {
  constructor(readonly officeId: string) {
    super(`office ${officeId} changes by import only on this device`);
    this.name = 'OfficeReadOnlyError';
  }
}

const officeOf = (kind: RecordKind, record: { id: string }): string =>
  kind === 'deadlines'
    ? ''
    : kind === 'offices'
      ? record.id
      : (record as unknown as { officeId: string }).officeId;

/** Throws when a local change would write a record of an office other than `own`. */
export function refuseOtherOffices(versions: Versions, own: string): void {
  for (const [kind, records] of Object.entries(versions) as [
    RecordKind,
    readonly { id: string }[],
  ][])
    for (const record of records ?? []) {
      const office = officeOf(kind, record);
      if (office !== '' && office !== own)
        throw new OfficeReadOnlyError(office);
    }
}
