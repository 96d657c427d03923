import Dexie from 'dexie';

import { db } from '../app-db';
import { setSetting } from '../settings';

/**
 * After a first import (no office of one's own yet), open the first imported
 * office at the latest fiscal year it has measures for, not an empty year.
 */
export async function selectImportedOffice(
  officeIds: readonly string[],
): Promise<void> {
  const officeId = officeIds[0];
  if (!officeId) return;
  const latest = await db.measures
    .where('[officeId+fiscalYear]')
    .between([officeId, Dexie.minKey], [officeId, Dexie.maxKey])
    .last();
  await setSetting('officeId', officeId);
  if (latest) await setSetting('fiscalYear', latest.fiscalYear);
}
