// Signatures are verified by a pure function given WebCrypto's subtle: here
// Node's, as another tool would.
import { webcrypto } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { makeMeasure, makeOffice, makeUpdate } from '@/testing/records';

import { bundleChecksum } from './checksum';
import { createBundleFile, type BundleContent } from './create-bundle';
import { BUNDLE_VERSION } from './envelope';
import { parseJson, readBundle } from './read-bundle';
import {
  checkSignature,
  generateDeviceKey,
  keyFingerprint,
  signChecksum,
  toBase64,
  verifySignature,
} from './signature';
import { bytesSource } from './stream/byte-source';
import { openBundle } from './stream/open-bundle';

const subtle = webcrypto.subtle as SubtleCrypto;

const content: BundleContent = {
  exportedAt: '2025-10-05T03:12:00.000Z',
  source: { app: 'ita-tracker', appVersion: '0.1.0', device: 'โน้ตบุ๊กงานแผน' },
  scope: { offices: ['office-1'], fiscalYears: [2568] },
  records: {
    offices: [makeOffice()],
    measures: [makeMeasure()],
    updates: [makeUpdate()],
  },
  conflicts: [],
};

async function signedText() {
  const key = await generateDeviceKey(subtle);
  const { file } = await createBundleFile(content, undefined, (sha256) =>
    signChecksum(subtle, key, sha256),
  );
  return { key, text: await file.text() };
}

describe('bundle signatures', () => {
  it('makes a non-extractable private key and a readable public key', async () => {
    const key = await generateDeviceKey(subtle);
    expect(key.privateKey.extractable).toBe(false);
    await expect(subtle.exportKey('pkcs8', key.privateKey)).rejects.toThrow();
    expect(keyFingerprint(key.publicKey)).toMatch(
      /^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/,
    );
  });

  it('signs the checksum of an exported file: read whole, the signature verifies', async () => {
    const { key, text } = await signedText();
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(json.version).toBe(BUNDLE_VERSION);
    // The checksum leaves the signature out: it covers what the signature signs.
    expect(json.sha256).toBe(bundleChecksum(json));
    // Canonical: the signature is the last key, after sha256.
    expect(Object.keys(json).slice(-2)).toEqual(['sha256', 'signature']);
    const read = readBundle(parseJson(text));
    expect(read.signature?.publicKey).toBe(key.publicKey);
    expect(await verifySignature(subtle, read.sha256, read.signature!)).toBe(
      true,
    );
  });

  it('reads the signature the same way in slices', async () => {
    const { key, text } = await signedText();
    const opened = openBundle(bytesSource(new TextEncoder().encode(text)));
    expect(opened.envelope.signature?.publicKey).toBe(key.publicKey);
    const { sha256, signature } = opened.envelope;
    expect(await verifySignature(subtle, sha256, signature!)).toBe(true);
  });

  it('fails for another checksum, another key, or a changed signature', async () => {
    const { text } = await signedText();
    const { sha256, signature } = readBundle(parseJson(text));
    const other = await generateDeviceKey(subtle);
    expect(await verifySignature(subtle, '0'.repeat(64), signature!)).toBe(
      false,
    );
    expect(
      await verifySignature(subtle, sha256, {
        ...signature!,
        publicKey: other.publicKey,
      }),
    ).toBe(false);
    const value = signature!.value;
    const flipped = (value[0] === 'A' ? 'B' : 'A') + value.slice(1);
    expect(
      await verifySignature(subtle, sha256, { ...signature!, value: flipped }),
    ).toBe(false);
    expect(
      await verifySignature(subtle, sha256, {
        ...signature!,
        publicKey: 'AAAA',
      }),
    ).toBe(false);
  });

  it('verifies an Ed25519 signature another tool made', async () => {
    const pair = (await subtle.generateKey({ name: 'Ed25519' }, true, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const publicKey = toBase64(
      new Uint8Array(await subtle.exportKey('spki', pair.publicKey)),
    );
    const signature = await signChecksum(
      subtle,
      { algorithm: 'Ed25519', privateKey: pair.privateKey, publicKey },
      'a'.repeat(64),
    );
    expect(await verifySignature(subtle, 'a'.repeat(64), signature)).toBe(true);
    expect(await verifySignature(subtle, 'b'.repeat(64), signature)).toBe(
      false,
    );
  });

  it('gives the signer of a file that verifies, none for an unsigned one, and refuses one that does not verify', async () => {
    const { key, text } = await signedText();
    const { sha256, signature } = readBundle(parseJson(text));
    expect(await checkSignature(subtle, sha256, signature)).toEqual({
      publicKey: key.publicKey,
      fingerprint: keyFingerprint(key.publicKey),
    });
    expect(await checkSignature(subtle, sha256, undefined)).toBeUndefined();
    await expect(
      checkSignature(subtle, '1'.repeat(64), signature),
    ).rejects.toMatchObject({ reason: 'badSignature' });
  });

  it('refuses a signature of another shape as a bad envelope', async () => {
    const { text } = await signedText();
    const json = JSON.parse(text) as { signature: Record<string, unknown> };
    json.signature.algorithm = 'RSA';
    expect(() => readBundle(json)).toThrow(/badEnvelope.*signature/);
  });
});
