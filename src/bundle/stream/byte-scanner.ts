/**
 * The bytes of a JSON file, scanned through a window that moves along the
 * file: strings and nested values are skipped without decoding them. Safe on
 * UTF-8: every byte of a multi-byte character is 0x80 or above, so it is
 * never taken for a quote, a backslash, a bracket or a comma.
 */
import { BundleError } from '../bundle-error';
import type { ByteSource } from './byte-source';

export const QUOTE = 0x22;
const BACKSLASH = 0x5c;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const OPEN_OBJECT = 0x7b;
export const CLOSE_OBJECT = 0x7d;
export const OPEN_ARRAY = 0x5b;
export const CLOSE_ARRAY = 0x5d;
export const EOF = -1;

const isSpace = (b: number) =>
  b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new BundleError('notUtf8');
  }
}

/**
 * A syntax error, named as parseJson names it: the file starts with `{`, so
 * it was cut off unless its last character closes something.
 */
export function syntaxError(source: ByteSource): BundleError {
  const tail = source.read(Math.max(0, source.size - 64), source.size);
  let end = tail.length - 1;
  while (end >= 0 && isSpace(tail[end] as number)) end--;
  const last = tail[end];
  const closed = last === CLOSE_OBJECT || last === CLOSE_ARRAY;
  return new BundleError(closed ? 'notJson' : 'truncatedJson');
}

/** Reads bytes through a window of the file, refilled as the scan moves on. */
export class Scanner {
  private window: Uint8Array = new Uint8Array(0);
  private windowStart = 0;

  constructor(readonly source: ByteSource) {}

  /** Moves the window over `pos`; false at the end of the file. */
  private reach(pos: number): boolean {
    if (pos >= this.source.size) return false;
    if (
      pos < this.windowStart ||
      pos >= this.windowStart + this.window.length
    ) {
      this.windowStart = pos;
      this.window = this.source.read(
        pos,
        Math.min(pos + this.source.window, this.source.size),
      );
    }
    return true;
  }

  byte(pos: number): number {
    return this.reach(pos)
      ? (this.window[pos - this.windowStart] as number)
      : EOF;
  }

  broken(): BundleError {
    return syntaxError(this.source);
  }

  skipSpace(pos: number): number {
    while (isSpace(this.byte(pos))) pos++;
    return pos;
  }

  /** From an opening quote to just after its closing quote (the hot loop). */
  skipString(pos: number): number {
    let at = pos + 1;
    while (this.reach(at)) {
      const window = this.window;
      const base = this.windowStart;
      let i = at - base;
      while (i < window.length) {
        const b = window[i];
        if (b === QUOTE) return base + i + 1;
        i += b === BACKSLASH ? 2 : 1;
      }
      at = base + i;
    }
    throw this.broken();
  }

  /** From the start of any value to just after its end. */
  skipValue(pos: number): number {
    const first = this.byte(pos);
    if (first === QUOTE) return this.skipString(pos);
    if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
      let at = pos;
      for (;;) {
        const b = this.byte(at);
        if (
          b === EOF ||
          b === COMMA ||
          b === CLOSE_OBJECT ||
          b === CLOSE_ARRAY ||
          isSpace(b)
        )
          return at;
        at++;
      }
    }
    let depth = 0;
    let at = pos;
    while (this.reach(at)) {
      const window = this.window;
      const base = this.windowStart;
      let i = at - base;
      while (i < window.length) {
        const b = window[i];
        if (b === QUOTE) {
          at = this.skipString(base + i);
          break;
        }
        i++;
        if (b === OPEN_OBJECT || b === OPEN_ARRAY) depth++;
        else if ((b === CLOSE_OBJECT || b === CLOSE_ARRAY) && --depth === 0)
          return base + i;
      }
      if (i >= window.length) at = base + i;
    }
    throw this.broken();
  }

  text(start: number, end: number): string {
    return decodeUtf8(this.source.read(start, end));
  }
}
