/**
 * A bundle file encrypted with a passphrase, for USB sticks and e-mail
 * (issue 17): AES-256-GCM with a key derived from the passphrase by scrypt
 * (@noble/hashes). The file is one line of JSON (the header: what another
 * tool needs to derive the key) and then the ciphertext, raw, with GCM's
 * 16-byte tag at its end; the header's bytes are the additional data, so a
 * changed header fails like a wrong passphrase. What is encrypted is the
 * file as exported (its gzip too). Pure: WebCrypto's subtle is passed in.
 * The passphrase is never stored: it lives as long as the call.
 */
import { scryptAsync } from '@noble/hashes/scrypt.js';

import { BundleError } from './bundle-error';
import { fromBase64, toBase64 } from './signature';

export const ENCRYPTED_TYPE = 'ita-tracker/encrypted-bundle';

/**
 * scrypt N = 2^17, r = 8, p = 1: 128 MiB and about a second on an office
 * laptop, which makes each guess of a passphrase cost as much.
 */
export const KDF_PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
/** The costliest header a file may ask for (256 MiB): a hostile one is refused, not run. */
const MAX_N = 2 ** 18;
const MAX_P = 4;
/** Encryption holds the file in memory once (AES-GCM is one call): a province's gzip is some 10 MB. */
export const MAX_ENCRYPTED_BYTES = 512 * 1024 * 1024;

const PREFIX = new TextEncoder().encode(`{"type":"${ENCRYPTED_TYPE}"`);
const NEWLINE = 0x0a;
/** A header is a few hundred bytes; a longer first line is no header. */
const MAX_HEADER = 4096;

interface Header {
  type: typeof ENCRYPTED_TYPE;
  version: 1;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: { name: 'AES-256-GCM'; iv: string };
}

export type KdfParams = { N: number; r: number; p: number };

/** Whether a file's first bytes are an encrypted bundle's header. */
export function isEncrypted(head: Uint8Array): boolean {
  return PREFIX.every((byte, i) => head[i] === byte);
}

async function deriveKey(
  subtle: SubtleCrypto,
  passphrase: string,
  salt: Uint8Array,
  { N, r, p }: KdfParams,
  usage: KeyUsage,
  onProgress?: (done: number) => void,
): Promise<CryptoKey> {
  // Async, yielding every few milliseconds: typing goes on meanwhile.
  const bytes = await scryptAsync(passphrase.normalize('NFC'), salt, {
    N,
    r,
    p,
    dkLen: 32,
    maxmem: 128 * r * MAX_N * MAX_P + 1024 * 1024,
    asyncTick: 10,
    onProgress,
  });
  return subtle.importKey('raw', bytes as BufferSource, 'AES-GCM', false, [
    usage,
  ]);
}

/** Encrypts a bundle's file with a passphrase. */
export async function encryptFile(
  subtle: SubtleCrypto,
  plain: Uint8Array,
  passphrase: string,
  params: KdfParams = KDF_PARAMS,
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): Promise<Uint8Array> {
  const salt = random(new Uint8Array(16));
  const iv = random(new Uint8Array(12));
  const header: Header = {
    type: ENCRYPTED_TYPE,
    version: 1,
    kdf: { name: 'scrypt', ...params, salt: toBase64(salt) },
    cipher: { name: 'AES-256-GCM', iv: toBase64(iv) },
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const key = await deriveKey(subtle, passphrase, salt, params, 'encrypt');
  const sealed = new Uint8Array(
    await subtle.encrypt(
      {
        name: 'AES-GCM',
        iv: iv as BufferSource,
        additionalData: headerBytes as BufferSource,
      },
      key,
      plain as BufferSource,
    ),
  );
  const file = new Uint8Array(headerBytes.length + 1 + sealed.length);
  file.set(headerBytes);
  file[headerBytes.length] = NEWLINE;
  file.set(sealed, headerBytes.length + 1);
  return file;
}

function readHeader(file: Uint8Array): { header: Header; end: number } {
  const end = file.subarray(0, MAX_HEADER).indexOf(NEWLINE);
  if (end < 0) throw new BundleError('badEncryption');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(file.subarray(0, end)));
  } catch {
    throw new BundleError('badEncryption');
  }
  const { kdf, cipher } = header;
  const sane =
    header.type === ENCRYPTED_TYPE &&
    header.version === 1 &&
    kdf?.name === 'scrypt' &&
    Number.isInteger(kdf.N) &&
    kdf.N >= 2 &&
    kdf.N <= MAX_N &&
    (kdf.N & (kdf.N - 1)) === 0 &&
    kdf.r === 8 &&
    Number.isInteger(kdf.p) &&
    kdf.p >= 1 &&
    kdf.p <= MAX_P &&
    typeof kdf.salt === 'string' &&
    cipher?.name === 'AES-256-GCM' &&
    typeof cipher.iv === 'string';
  if (!sane) throw new BundleError('badEncryption');
  return { header, end };
}

/**
 * The file's bytes, decrypted; a wrong passphrase (or a changed file) is
 * `wrongPassphrase`, a header the app cannot use `badEncryption`.
 */
export async function decryptFile(
  subtle: SubtleCrypto,
  file: Uint8Array,
  passphrase: string,
  onProgress?: (done: number) => void,
): Promise<Uint8Array> {
  const { header, end } = readHeader(file);
  let salt: Uint8Array;
  let iv: Uint8Array;
  try {
    salt = fromBase64(header.kdf.salt);
    iv = fromBase64(header.cipher.iv);
  } catch {
    throw new BundleError('badEncryption');
  }
  const key = await deriveKey(
    subtle,
    passphrase,
    salt,
    header.kdf,
    'decrypt',
    onProgress,
  );
  try {
    const plain = await subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: iv as BufferSource,
        additionalData: file.subarray(0, end) as BufferSource,
      },
      key,
      file.subarray(end + 1) as BufferSource,
    );
    return new Uint8Array(plain);
  } catch {
    throw new BundleError('wrongPassphrase');
  }
}
