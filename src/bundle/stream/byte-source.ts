/**
 * A file read in pieces, synchronously: in the import worker a Blob read by
 * FileReaderSync (synchronous, so an IndexedDB transaction stays open while
 * the next piece is read), in tests a byte array.
 */
export interface ByteSource {
  readonly size: number;
  /** How many bytes a scan asks for at a time. */
  readonly window: number;
  /** The bytes from `start` up to (not including) `end`. */
  read(start: number, end: number): Uint8Array;
}

export const DEFAULT_WINDOW = 4 * 1024 * 1024;

export function bytesSource(
  bytes: Uint8Array,
  window = DEFAULT_WINDOW,
): ByteSource {
  return {
    size: bytes.length,
    window,
    read: (start, end) => bytes.subarray(start, end),
  };
}
