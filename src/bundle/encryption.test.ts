import { webcrypto } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import {
  decryptFile,
  encryptFile,
  isEncrypted,
  KDF_PARAMS,
} from './encryption';

const subtle = webcrypto.subtle as SubtleCrypto;
/** Cheap parameters for the tests of the format; one test runs the real ones. */
const FAST = { N: 2 ** 10, r: 8, p: 1 };
const plain = new TextEncoder().encode(
  '{"type":"ita-tracker/bundle","ข้อมูล":"ทดสอบ"}',
);

describe('passphrase encryption', () => {
  it('opens with its passphrase, with the real parameters, and says which it used', async () => {
    const file = await encryptFile(subtle, plain, 'รหัสผ่านยาวพอ 2568');
    expect(isEncrypted(file)).toBe(true);
    const header = JSON.parse(
      new TextDecoder().decode(file.subarray(0, file.indexOf(0x0a))),
    );
    expect(header).toMatchObject({
      kdf: { name: 'scrypt', ...KDF_PARAMS },
      cipher: { name: 'AES-256-GCM' },
    });
    expect(await decryptFile(subtle, file, 'รหัสผ่านยาวพอ 2568')).toEqual(plain);
    // Two derivations of 128 MiB each: seconds under load, not a hang.
  }, 60_000);

  it('refuses a wrong passphrase, and a changed byte anywhere, as a wrong passphrase', async () => {
    const file = await encryptFile(subtle, plain, 'ถูกต้อง', FAST);
    await expect(decryptFile(subtle, file, 'ผิด')).rejects.toMatchObject({
      reason: 'wrongPassphrase',
    });
    const changed = file.slice();
    changed[changed.length - 1]! ^= 1;
    await expect(decryptFile(subtle, changed, 'ถูกต้อง')).rejects.toMatchObject({
      reason: 'wrongPassphrase',
    });
  });

  it('never encrypts two files alike: a new salt and IV each time', async () => {
    const a = await encryptFile(subtle, plain, 'same', FAST);
    const b = await encryptFile(subtle, plain, 'same', FAST);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('refuses a header asking for more memory than a laptop has, before deriving', async () => {
    const file = await encryptFile(subtle, plain, 'x', FAST);
    const end = file.indexOf(0x0a);
    const header = JSON.parse(new TextDecoder().decode(file.subarray(0, end)));
    header.kdf.N = 2 ** 24;
    const text = new TextEncoder().encode(JSON.stringify(header));
    const hostile = new Uint8Array([...text, ...file.subarray(end)]);
    await expect(decryptFile(subtle, hostile, 'x')).rejects.toMatchObject({
      reason: 'badEncryption',
    });
    expect(isEncrypted(plain)).toBe(false);
  });
});
