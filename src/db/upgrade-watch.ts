/**
 * Another tab running a newer version of the app may upgrade the database.
 * Dexie then closes this tab's connection so the upgrade can proceed; this
 * tab's code may no longer match the data, so it keeps the typing (drafts go
 * to the synchronous fallback at once) and asks the person to reload.
 */
import { useSyncExternalStore } from 'react';

import { db } from './app-db';
import { flushDraftsToFallback } from './drafts';

let upgradedElsewhere = false;
const listeners = new Set<() => void>();

db.on('versionchange', (event) => {
  flushDraftsToFallback();
  // A version of 0 or null is a delete (the recovery screen), not an upgrade.
  if (!event.newVersion) return;
  upgradedElsewhere = true;
  listeners.forEach((notify) => notify());
});

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

/** True once another tab has upgraded the database under this one. */
export function useUpgradedElsewhere(): boolean {
  return useSyncExternalStore(subscribe, () => upgradedElsewhere);
}
