import { db } from '@/db/app-db';
import type { Counts } from '@/db/exchange/plan-import';

import type { OfficePreview } from './analysis';

/** Outcomes by office, named from the files or, failing that, the database. */
export async function officePreviews(
  byOffice: ReadonlyMap<string, Counts>,
  names: ReadonlyMap<string, string>,
): Promise<OfficePreview[]> {
  const ids = [...byOffice.keys()];
  const stored = await db.offices.bulkGet(ids.filter((id) => !names.has(id)));
  const storedNames = new Map(
    stored.flatMap((office) => (office ? [[office.id, office.name]] : [])),
  );
  return [...byOffice].map(([officeId, counts]) => ({
    officeId,
    name: names.get(officeId) ?? storedNames.get(officeId) ?? officeId,
    counts,
  }));
}
