import { useLiveQuery } from 'dexie-react-hooks';

import { getSetting } from '@/db/settings';

/** When this device last exported, live. */
export function useLastExport(): string | undefined {
  return useLiveQuery(() => getSetting('lastExportAt'));
}
