import { db } from '@/db/app-db';
import type { Counts } from '@/db/exchange/plan-import';
import type { HeldGroup } from '@/db/keys/trust-book';

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

/** Held groups named: from the file when it carried the office, else the database. */
export async function namedHeld(held: HeldGroup[]): Promise<HeldGroup[]> {
  const unnamed = held.filter((h) => !h.officeName && h.officeId !== '');
  const stored = await db.offices.bulkGet(unnamed.map((h) => h.officeId));
  const names = new Map(
    stored.flatMap((office) => (office ? [[office.id, office.name]] : [])),
  );
  return held.map((h) =>
    h.officeName || !names.has(h.officeId)
      ? h
      : { ...h, officeName: names.get(h.officeId) },
  );
}
