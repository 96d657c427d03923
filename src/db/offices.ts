/** Named commands for offices. */
import type { ItaResult, Office, OfficeFields } from '@/domain/types';

import { db } from './app-db';
import { editRecord, insertRecord, isLive } from './records';
import { setSetting } from './settings';
import { writeChange } from './write/write-change-on-demand';

// As `localeCompare(b, 'th')`, without making a collator for every pair:
// a province's 300 offices took tens of milliseconds to sort at each start.
const thaiOrder = new Intl.Collator('th');

export async function listOffices(): Promise<Office[]> {
  const rows = await db.offices.toArray();
  return rows
    .filter(isLive)
    .sort(
      (a, b) => thaiOrder.compare(a.name, b.name) || a.id.localeCompare(b.id),
    );
}

/** Creates an office and makes it the one the app works on. */
export async function createOffice(fields: OfficeFields): Promise<Office> {
  return writeChange({ cause: 'edit' }, async (change) => {
    const office = await insertRecord(change, 'offices', fields);
    await setSetting('officeId', office.id);
    return office;
  });
}

export function updateOffice(id: string, fields: OfficeFields) {
  return writeChange({ cause: 'edit' }, (change) =>
    editRecord(change, 'offices', { id }, fields),
  );
}

/** Records the office's ITA results by year (sorted, newest first). */
export function setItaResults(id: string, results: ItaResult[]) {
  const sorted = [...results].sort((a, b) => b.fiscalYear - a.fiscalYear);
  return writeChange({ cause: 'edit' }, (change) =>
    editRecord(change, 'offices', { id }, { itaResults: sorted }),
  );
}
