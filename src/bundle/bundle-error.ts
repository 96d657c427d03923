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
  | 'checksumMismatch';

export class BundleError extends Error {
  constructor(
    readonly reason: BundleErrorReason,
    readonly details: Record<string, string | number> = {},
  ) {
    super(`Bundle rejected: ${reason} ${JSON.stringify(details)}`);
    this.name = 'BundleError';
  }
}
