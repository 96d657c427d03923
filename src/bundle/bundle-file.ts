/**
 * A bundle's file written a piece at a time: the canonical text (the one the
 * checksum covers) as the frame around the updates and the updates a page
 * at a time, so an export can serialize one page while the database reads
 * the next. The text is encoded and hashed by a sink: in this thread
 * (textSink) or beside it (features/exchange/hash-worker.ts).
 */
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './checksum';
import { BUNDLE_VERSION } from './envelope';
import type { BundleSignature } from './signature';

/** Where the file's text goes: encoded to UTF-8 and hashed at the end. */
export interface TextSink {
  write(text: string): void;
  finish(): Promise<EncodedText>;
  /** Drops what was written: the export failed before its end. */
  abort(): void;
}

export interface EncodedText {
  /** The UTF-8 bytes; `length` of them are the text. */
  buffer: ArrayBuffer;
  length: number;
  sha256: string;
}

/**
 * The canonical text of a bundle body with no updates, cut where the
 * updates go: `updates` is the last array, before `version`, in RFC 8785's
 * key order, so the text ends `"updates":[],"version":N}`.
 */
export function bundleFrame(body: object): { head: string; tail: string } {
  const text = canonicalJson({ ...body, updates: [] }) ?? '';
  const end = `"updates":[],"version":${BUNDLE_VERSION}}`;
  if (!text.endsWith(end))
    throw new Error('bundle body: "updates" is not the last array');
  const cut = text.length - end.length + '"updates":['.length;
  return { head: text.slice(0, cut), tail: text.slice(cut) };
}

/** The canonical JSON of some records, without the brackets around them. */
export function recordsText(records: readonly unknown[]): string {
  return (canonicalJson(records) ?? '[]').slice(1, -1);
}

/** Encodes into one growing buffer in this thread. */
export function textSink(): TextSink {
  const encoder = new TextEncoder();
  let bytes = new Uint8Array(1 << 20);
  let length = 0;
  return {
    write(text) {
      // A UTF-16 unit becomes at most 3 bytes: room for the worst case.
      const needed = length + text.length * 3;
      if (needed > bytes.length) {
        const grown = new Uint8Array(Math.max(needed, bytes.length * 2));
        grown.set(bytes.subarray(0, length));
        bytes = grown;
      }
      length += encoder.encodeInto(text, bytes.subarray(length)).written;
    },
    async finish() {
      const sha256 = await sha256Hex(bytes.subarray(0, length));
      return { buffer: bytes.buffer, length, sha256 };
    },
    abort() {
      bytes = new Uint8Array(0);
      length = 0;
    },
  };
}

/**
 * The file: the canonical text with `sha256` added, then the signature of
 * it when the export is signed: both after every other key, as RFC 8785
 * orders them ("sha256" < "signature"), so the file stays canonical.
 */
export function bundleFileOf(
  { buffer, length, sha256 }: EncodedText,
  signature?: BundleSignature,
): Blob {
  const signed = signature
    ? `,"signature":${canonicalJson(signature) ?? ''}`
    : '';
  // The canonical text ends with the closing brace: the checksum goes before it.
  return new Blob(
    [new Uint8Array(buffer, 0, length - 1), `,"sha256":"${sha256}"${signed}}`],
    { type: 'application/json' },
  );
}
