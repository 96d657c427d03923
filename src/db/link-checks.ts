/**
 * The last check of each evidence link, kept on this device (a setting):
 * what one laptop could reach at one moment says nothing to another
 * office, so the results never travel in bundles (docs/decisions.md).
 */
import { useLiveQuery } from 'dexie-react-hooks';

import type { LinkCheck } from '@/domain/oit/link-check-result';

import { db } from './app-db';
import { getSetting } from './settings';

/** Enough for a province's links; the oldest checks go first. */
const KEPT = 5000;

export async function listLinkChecks(): Promise<Map<string, LinkCheck>> {
  const checks = (await getSetting('linkChecks')) ?? [];
  return new Map(checks.map((c) => [c.url, c]));
}

export function useLinkChecks(): Map<string, LinkCheck> | undefined {
  return useLiveQuery(listLinkChecks, []);
}

/** Keeps these results in place of the earlier checks of the same links. */
export function saveLinkChecks(results: readonly LinkCheck[]): Promise<void> {
  // One read-write transaction: results that end together lose none.
  return db.transaction('rw', db.settings, async () => {
    const urls = new Set(results.map((r) => r.url));
    const kept = ((await getSetting('linkChecks')) ?? []).filter(
      (c) => !urls.has(c.url),
    );
    const value = [...kept, ...results].slice(-KEPT);
    await db.settings.put({ key: 'linkChecks', value });
  });
}
