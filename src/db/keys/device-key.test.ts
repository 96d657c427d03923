import { beforeEach, describe, expect, it } from 'vitest';

import { verifySignature } from '@/bundle/signature';
import { resetDb } from '@/testing/reset-db';

import { db } from '../app-db';
import { deviceKey, signWithDeviceKey } from './device-key';

describe('the device key', () => {
  beforeEach(resetDb);

  it('is made once, on first use, and kept non-extractable in IndexedDB', async () => {
    expect(await db.deviceKeys.count()).toBe(0);
    const [a, b] = await Promise.all([deviceKey(), deviceKey()]);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(await db.deviceKeys.count()).toBe(1);
    const stored = await db.deviceKeys.get('device');
    expect(stored?.privateKey.extractable).toBe(false);
    expect((await deviceKey()).publicKey).toBe(a.publicKey);
  });

  it('signs a checksum so that its public key verifies it', async () => {
    const signature = await signWithDeviceKey('c'.repeat(64));
    expect(signature.publicKey).toBe((await deviceKey()).publicKey);
    expect(
      await verifySignature(crypto.subtle, 'c'.repeat(64), signature),
    ).toBe(true);
  });
});
