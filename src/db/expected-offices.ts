/**
 * Named commands for the consolidator's list of the offices they expect
 * to report. The list is this device's working list, not a record that
 * travels (docs/decisions.md, issue 13): it is written here, outside
 * writeChange, and never exported in a bundle.
 */
import type {
  ExpectedOffice,
  ExpectedSource,
} from '@/domain/expected/expected-office';
import type { NewExpected } from '@/domain/expected/import-plan';
import { matchName } from '@/domain/expected/name-match';

import { db } from './app-db';
import { newId, nowIso } from './clock';
import { isLive } from './records';

const thaiOrder = new Intl.Collator('th');

export async function listExpectedOffices(): Promise<ExpectedOffice[]> {
  const rows = await db.expectedOffices.toArray();
  return rows.sort(
    (a, b) =>
      thaiOrder.compare(a.name, b.name) ||
      thaiOrder.compare(a.district, b.district) ||
      a.id.localeCompare(b.id),
  );
}

export async function addExpectedOffices(
  offices: readonly NewExpected[],
  source: ExpectedSource,
): Promise<void> {
  const addedAt = nowIso();
  await db.expectedOffices.bulkAdd(
    offices.map((o) => ({ ...o, id: newId(), source, addedAt })),
  );
}

export function removeExpectedOffice(id: string): Promise<void> {
  return db.expectedOffices.delete(id);
}

/**
 * Expects every office imported on this device not yet listed: one listed
 * by name (from a CSV, by hand) is linked to the imported office of that
 * very name instead of listed twice. Returns how many were added.
 */
export function expectImportedOffices(): Promise<number> {
  return db.transaction('rw', db.offices, db.expectedOffices, async () => {
    const [offices, listed] = await Promise.all([
      db.offices.toArray(),
      db.expectedOffices.toArray(),
    ]);
    const linked = new Set(listed.map((e) => e.officeId));
    const unlinked = listed.filter((e) => e.officeId === null);
    const added: ExpectedOffice[] = [];
    const addedAt = nowIso();
    for (const office of offices.filter(isLive)) {
      if (linked.has(office.id)) continue;
      const match = matchName(office, unlinked);
      if (match.kind === 'same') {
        await db.expectedOffices.update(match.place.id, {
          officeId: office.id,
        });
        unlinked.splice(unlinked.indexOf(match.place), 1);
        continue;
      }
      const { id: officeId, name, kind, district, province } = office;
      added.push({
        id: newId(),
        name,
        kind,
        district,
        province,
        officeId,
        source: 'import',
        addedAt,
      });
    }
    await db.expectedOffices.bulkAdd(added);
    return added.length;
  });
}
