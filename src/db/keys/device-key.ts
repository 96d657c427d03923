/**
 * This device's signing key: made on first use (the first export, or the
 * first look at Settings), kept in IndexedDB as a non-extractable CryptoKey,
 * so it signs here and can never be copied out of the browser.
 */
import {
  generateDeviceKey,
  keyFingerprint,
  signChecksum,
  type BundleSignature,
} from '@/bundle/signature';

import { db } from '../app-db';
import { nowIso } from '../clock';
import type { DeviceKeyRow } from './key-rows';

let making: Promise<DeviceKeyRow> | undefined;

async function makeKey(): Promise<DeviceKeyRow> {
  const key = await generateDeviceKey(crypto.subtle);
  const row: DeviceKeyRow = {
    id: 'device',
    ...key,
    fingerprint: keyFingerprint(key.publicKey),
    createdAt: nowIso(),
  };
  try {
    await db.deviceKeys.add(row);
    return row;
  } catch (error) {
    // Another tab made the key first: that one is the device's.
    const stored = await db.deviceKeys.get('device');
    if (stored) return stored;
    throw error;
  }
}

/** The device's key, made once. */
export async function deviceKey(): Promise<DeviceKeyRow> {
  const stored = await db.deviceKeys.get('device');
  if (stored) return stored;
  making ??= makeKey().finally(() => {
    making = undefined;
  });
  return making;
}

/** Signs a bundle's checksum with the device's key (an export's last step). */
export async function signWithDeviceKey(
  sha256: string,
): Promise<BundleSignature> {
  return signChecksum(crypto.subtle, await deviceKey(), sha256);
}
