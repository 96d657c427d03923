/**
 * The keys this device trusts per office (db.trustedKeys): read to judge an
 * import (trust-book.ts), listed and revoked in Settings. A key is added
 * only by an import (first use, or a person's choice in its preview),
 * within the import's own change.
 */
import { useLiveQuery } from 'dexie-react-hooks';

import { db } from '../app-db';
import { nowIso } from '../clock';
import type { TrustedKeyRow } from './key-rows';
import { TrustBook, type TrustChoices } from './trust-book';

/** The book an import judges its files by: the stored keys and the person's choices. */
export async function loadTrustBook(choices: TrustChoices): Promise<TrustBook> {
  const [stored, own] = await Promise.all([
    db.trustedKeys.toArray(),
    db.deviceKeys.get('device'),
  ]);
  return new TrustBook(stored, own?.fingerprint, choices, nowIso());
}

/** Keeps the keys an import trusted; called inside the import's change. */
export async function keepTrust(rows: readonly TrustedKeyRow[]) {
  if (rows.length > 0) await db.trustedKeys.bulkPut([...rows]);
}

/** A key no longer trusted for an office: its next file is held again. */
export async function revokeTrust(officeId: string, fingerprint: string) {
  await db.trustedKeys.update([officeId, fingerprint], { revokedAt: nowIso() });
}

/** The trusted keys, with the names of their offices (Settings). */
export function useTrustedKeys():
  { keys: TrustedKeyRow[]; names: Map<string, string> } | undefined {
  return useLiveQuery(async () => {
    const keys = await db.trustedKeys.toArray();
    const offices = await db.offices.bulkGet([
      ...new Set(keys.map((k) => k.officeId)),
    ]);
    const names = new Map(
      offices.flatMap((o) => (o ? [[o.id, o.name] as const] : [])),
    );
    return { keys, names };
  }, []);
}
