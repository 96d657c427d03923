import { useLiveQuery } from 'dexie-react-hooks';

import { getSetting, setSetting, type SettingValues } from '@/db/settings';

export type UpdatesOrder = SettingValues['updatesOrder'];

/**
 * Newest first unless this device chose otherwise: a person opening a
 * measure looks for where it stands now; reading its story from the start
 * is the other choice. Undefined while loading.
 */
export function useUpdatesOrder(): UpdatesOrder | undefined {
  return useLiveQuery(
    async () =>
      (await getSetting('updatesOrder')) === 'oldest' ? 'oldest' : 'newest',
    [],
  );
}

export function saveUpdatesOrder(order: UpdatesOrder): Promise<void> {
  return setSetting('updatesOrder', order);
}
