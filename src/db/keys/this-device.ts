/**
 * This device as others see it (issue 17): the name its person gives it
 * once, in Settings (a bundle's `source.device`; until named, the browser
 * and system), its key's fingerprint, and whether it edits only its own
 * office (a consolidator's: the others change by import only).
 */
import { useLiveQuery } from 'dexie-react-hooks';

import { db } from '../app-db';
import { getSetting, setSetting } from '../settings';
import { deviceKey } from './device-key';

/** Makes the device's key if it has none yet (a live query cannot write). */
export const ensureDeviceKey = async () => {
  await deviceKey();
};

export const DEVICE_NAME_MAX = 100;

export interface ThisDevice {
  name?: string;
  /** Its key's fingerprint, once the key is made (ensureDeviceKey). */
  fingerprint?: string;
  /** The office whose records alone forms may change; unset: all. */
  ownOfficeOnly?: string;
}

/**
 * The device's name as a bundle carries it: the one its person gave; until
 * then the user agent, as before, which readers show as "Chrome บน Windows"
 * (bundle/device-name.ts).
 */
export async function bundleDeviceName(agent: string): Promise<string> {
  const named = await getSetting('deviceName');
  return (named ?? agent).slice(0, 200);
}

export async function setDeviceName(name: string): Promise<void> {
  const trimmed = name.trim().slice(0, DEVICE_NAME_MAX);
  if (trimmed) await setSetting('deviceName', trimmed);
  else await db.settings.delete('deviceName');
}

/** Makes this device edit only `officeId` by forms (a consolidator's), or every office (undefined). */
export async function setOwnOfficeOnly(officeId: string | undefined) {
  if (officeId) await setSetting('ownOfficeOnly', officeId);
  else await db.settings.delete('ownOfficeOnly');
}

export function useThisDevice(): ThisDevice | undefined {
  return useLiveQuery(async () => {
    const [name, key, own] = await Promise.all([
      getSetting('deviceName'),
      db.deviceKeys.get('device'),
      getSetting('ownOfficeOnly'),
    ]);
    return {
      ...(name ? { name } : {}),
      ...(key ? { fingerprint: key.fingerprint } : {}),
      ...(own ? { ownOfficeOnly: own } : {}),
    };
  }, []);
}
