/**
 * A bundle's signature (since version 8): the exporting device signs the
 * file's checksum with its own key, so an importer can tell which device's
 * key made a file, and that nothing was changed after. Pure: the WebCrypto
 * `subtle` is passed in (the browser's, or Node's in tests), so the same
 * code verifies in a page, a worker and another tool.
 *
 * The signed message is the 64 ASCII characters of the bundle's `sha256`;
 * the checksum covers everything but `sha256` and `signature`.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { z } from 'zod';

import { BundleError } from './bundle-error';

/** The app signs with ECDSA P-256 (every browser has it); another tool may sign with Ed25519. */
export const SIGNATURE_ALGORITHMS = ['ECDSA-P256-SHA256', 'Ed25519'] as const;
export type SignatureAlgorithm = (typeof SIGNATURE_ALGORITHMS)[number];

const base64 = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'not base64');

export const signatureSchema = z.strictObject({
  algorithm: z.enum(SIGNATURE_ALGORITHMS),
  /** The public key, SubjectPublicKeyInfo (DER), base64. */
  publicKey: base64(400),
  /** The signature, base64: ECDSA as r ‖ s (64 bytes, IEEE P1363), Ed25519 its 64 bytes. */
  value: base64(400),
});
export type BundleSignature = z.infer<typeof signatureSchema>;

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The key's short fingerprint a person compares by eye: the first 8 bytes
 * of the SHA-256 of its SubjectPublicKeyInfo, in four groups of 4 hex.
 */
export function keyFingerprint(publicKey: string): string {
  const hex = bytesToHex(sha256(fromBase64(publicKey))).slice(0, 16);
  return hex.match(/.{4}/g)?.join('-') ?? hex;
}

const importParams = (algorithm: SignatureAlgorithm) =>
  algorithm === 'Ed25519'
    ? { name: 'Ed25519' }
    : { name: 'ECDSA', namedCurve: 'P-256' };
const signParams = (algorithm: SignatureAlgorithm) =>
  algorithm === 'Ed25519'
    ? { name: 'Ed25519' }
    : { name: 'ECDSA', hash: 'SHA-256' };

const message = (checksum: string) => new TextEncoder().encode(checksum);

/** Signs a bundle's checksum with this device's private key. */
export async function signChecksum(
  subtle: SubtleCrypto,
  key: {
    algorithm: SignatureAlgorithm;
    privateKey: CryptoKey;
    publicKey: string;
  },
  checksum: string,
): Promise<BundleSignature> {
  const value = await subtle.sign(
    signParams(key.algorithm),
    key.privateKey,
    message(checksum),
  );
  return {
    algorithm: key.algorithm,
    publicKey: key.publicKey,
    value: toBase64(new Uint8Array(value)),
  };
}

/**
 * Whether `signature` is the signature of `checksum` by its public key:
 * a key that cannot be read, or a signature that does not verify, is false.
 */
export async function verifySignature(
  subtle: SubtleCrypto,
  checksum: string,
  signature: BundleSignature,
): Promise<boolean> {
  try {
    const key = await subtle.importKey(
      'spki',
      fromBase64(signature.publicKey) as BufferSource,
      importParams(signature.algorithm),
      false,
      ['verify'],
    );
    return await subtle.verify(
      signParams(signature.algorithm),
      key,
      fromBase64(signature.value) as BufferSource,
      message(checksum),
    );
  } catch {
    return false;
  }
}

/** A new device key pair: the private key can sign and never leaves the browser. */
export async function generateDeviceKey(subtle: SubtleCrypto): Promise<{
  algorithm: SignatureAlgorithm;
  privateKey: CryptoKey;
  publicKey: string;
}> {
  const pair = (await subtle.generateKey(
    importParams('ECDSA-P256-SHA256'),
    false,
    ['sign', 'verify'],
  )) as CryptoKeyPair;
  const spki = await subtle.exportKey('spki', pair.publicKey);
  return {
    algorithm: 'ECDSA-P256-SHA256',
    privateKey: pair.privateKey,
    publicKey: toBase64(new Uint8Array(spki)),
  };
}

/** Who signed a file, as the preview and the trust of offices know them. */
export interface Signer {
  publicKey: string;
  fingerprint: string;
}

/**
 * The signer of a file whose signature verifies; `undefined` for an
 * unsigned file; a signature that does not verify refuses the file.
 */
export async function checkSignature(
  subtle: SubtleCrypto,
  checksum: string,
  signature: BundleSignature | undefined,
): Promise<Signer | undefined> {
  if (!signature) return undefined;
  if (!(await verifySignature(subtle, checksum, signature)))
    throw new BundleError('badSignature');
  const { publicKey } = signature;
  return { publicKey, fingerprint: keyFingerprint(publicKey) };
}
