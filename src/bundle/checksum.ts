/**
 * The checksum of a bundle: SHA-256 of the canonical JSON (RFC 8785) of every
 * field but `sha256` itself. Canonical, so key order and spacing do not matter
 * and any tool can recompute it.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

import { checksumJson } from './hostile-values';

/**
 * The text the checksum covers: the canonical JSON of all but `sha256` and
 * `signature` (since version 8: it signs the checksum, so cannot be in it).
 */
export function checksumText(bundle: object): string {
  const {
    sha256: _ignored,
    signature: _signature,
    ...rest
  } = bundle as { sha256?: unknown; signature?: unknown };
  return checksumJson(rest);
}

/** bundleChecksum({ ...bundle }) ignores `sha256` and `signature` fields if present. */
export function bundleChecksum(bundle: object): string {
  return bytesToHex(sha256(utf8ToBytes(checksumText(bundle))));
}

/** SHA-256 by the platform's WebCrypto: native, several times faster than script. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return bytesToHex(new Uint8Array(digest));
}
