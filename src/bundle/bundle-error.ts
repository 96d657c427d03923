/**
 * Why a whole file cannot be read. Each reason has its own translated message
 * (features/exchange) that says what is wrong and what to do.
 */
export type BundleErrorReason =
  | 'empty'
  /** Another kind of file (an Excel workbook, a PDF…): `details.kind`. */
  | 'otherFile'
  | 'tooLarge'
  /** A gzip file inflating far more than a bundle does (a bomb): `details.times`. */
  | 'inflatesTooMuch'
  /** More records than one file may carry: `details.limit`. */
  | 'tooManyRecords'
  | 'notGzip'
  | 'truncatedGzip'
  | 'notUtf8'
  | 'notJson'
  | 'truncatedJson'
  | 'notBundle'
  | 'newerVersion'
  | 'unknownVersion'
  | 'badEnvelope'
  | 'checksumMismatch'
  /** Signed, but the signature does not verify (since version 8). */
  | 'badSignature'
  /** Encrypted with a passphrase (encryption.ts): none given yet. */
  | 'encrypted'
  /** Encrypted, and the passphrase given does not open it. */
  | 'wrongPassphrase'
  /** Encrypted, but its header is not one the app can use. */
  | 'badEncryption';

export class BundleError extends Error {
  constructor(
    readonly reason: BundleErrorReason,
    readonly details: Record<string, string | number> = {},
  ) {
    super(`Bundle rejected: ${reason} ${JSON.stringify(details)}`);
    this.name = 'BundleError';
  }
}
