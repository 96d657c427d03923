/**
 * This device's signing key and the keys it trusts per office (schema v10,
 * issue 17): device state, never exported.
 */
import type { SignatureAlgorithm } from '@/bundle/signature';

/** The device's own key pair, one row (`id: 'device'`), made on first use. */
export interface DeviceKeyRow {
  id: 'device';
  algorithm: SignatureAlgorithm;
  /** Non-extractable: it signs here and can never be read out. */
  privateKey: CryptoKey;
  /** SubjectPublicKeyInfo, base64, as it travels in a bundle's signature. */
  publicKey: string;
  fingerprint: string;
  createdAt: string;
}

/** How a key came to be trusted for an office. */
export type TrustOrigin =
  /** The first signed file seen for the office (trust on first use). */
  | 'first-use'
  /** A person chose to trust it in an import's preview (a new laptop). */
  | 'accepted';

/** A key this device trusts to change one office's records. */
export interface TrustedKeyRow {
  officeId: string;
  fingerprint: string;
  publicKey: string;
  origin: TrustOrigin;
  /** When, and from which file and device it was first seen. */
  at: string;
  file: string;
  device: string;
  /**
   * When a person revoked it (Settings): kept, not deleted, so the office
   * is not taken for one never seen and its next file trusted on first use.
   */
  revokedAt?: string;
}
