/**
 * The checksum of a bundle: SHA-256 of the canonical JSON (RFC 8785) of every
 * field but `sha256` itself. Canonical, so key order and spacing do not matter
 * and any tool can recompute it.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';

/** bundleChecksum({ ...bundle }) ignores a `sha256` field if present. */
export function bundleChecksum(bundle: object): string {
  const { sha256: _ignored, ...rest } = bundle as { sha256?: unknown };
  const text = canonicalize(rest) ?? '';
  return bytesToHex(sha256(utf8ToBytes(text)));
}
