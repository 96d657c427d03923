import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense } from 'react';

import { getSetting } from '@/db/settings';

import { lazyPage } from './lazy-page';

// Loaded once a server is set: the replicator stays out of the first
// download of every device that never syncs.
const SyncIndicator = lazyPage(
  () => import('@/features/sync/sync-indicator'),
  'SyncIndicator',
);

/** The sync's state in the shell, where a server is set. */
export function SyncStatus() {
  const config = useLiveQuery(() => getSetting('sync'));
  if (!config) return null;
  return (
    <Suspense fallback={null}>
      <SyncIndicator config={config} />
    </Suspense>
  );
}
