import { useLiveQuery } from 'dexie-react-hooks';

import { primedKeys, usePrimed } from '@/db/primed';
import { getSetting, setSetting } from '@/db/settings';

/** A month without news is worth a look; each device may choose otherwise. */
export const DEFAULT_QUIET_DAYS = 30;

/** N of "no update in the last N days", remembered on this device; undefined while loading. */
export function useQuietDays(): number | undefined {
  const primed = usePrimed<{ value?: number }>(primedKeys.quietDays);
  return useLiveQuery(
    async () => (await getSetting('quietDays')) ?? DEFAULT_QUIET_DAYS,
    [],
    primed && (primed.value ?? DEFAULT_QUIET_DAYS),
  );
}

export function saveQuietDays(days: number): Promise<void> {
  return setSetting('quietDays', days);
}
