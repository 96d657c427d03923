/**
 * Where the members of a bundle's top-level object lie in the file, and the
 * elements of its arrays in batches of parsed values: the bytes are scanned
 * (byte-scanner.ts), and each batch of elements is parsed whole by JSON.parse.
 * What the scan finds wrong is reported as parseJson would.
 */
import { BundleError } from '../bundle-error';
import { checkEnvelope, parseJson } from '../read-bundle';
import {
  CLOSE_ARRAY,
  CLOSE_OBJECT,
  COLON,
  COMMA,
  decodeUtf8,
  EOF,
  OPEN_ARRAY,
  OPEN_OBJECT,
  QUOTE,
  Scanner,
  syntaxError,
} from './byte-scanner';
import type { ByteSource } from './byte-source';

export { decodeUtf8 } from './byte-scanner';

export interface Member {
  key: string;
  /** Byte range of the value. */
  start: number;
  end: number;
  isArray: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Above this, a file that is not a JSON object is refused without reading it. */
const READ_WHOLE_UP_TO = 64 * 1024 * 1024;

/**
 * A file that is not an object is no bundle; read whole (when it is not
 * huge), it gets the very reason a small file would (notJson, notBundle…).
 */
function notAnObject(source: ByteSource): BundleError {
  if (source.size > READ_WHOLE_UP_TO) return new BundleError('notBundle');
  try {
    checkEnvelope(parseJson(decodeUtf8(source.read(0, source.size))));
  } catch (error) {
    if (error instanceof BundleError) return error;
    throw error;
  }
  return new BundleError('notBundle');
}

/** The top-level members; a repeated key keeps its first place and its last value, as JSON.parse. */
export function scanMembers(source: ByteSource): Map<string, Member> {
  const scan = new Scanner(source);
  let pos = UTF8_BOM.every((b, i) => scan.byte(i) === b) ? 3 : 0;
  pos = scan.skipSpace(pos);
  const first = scan.byte(pos);
  if (first === EOF) throw new BundleError('empty');
  if (first !== OPEN_OBJECT) throw notAnObject(source);
  const members = new Map<string, Member>();
  pos = scan.skipSpace(pos + 1);
  if (scan.byte(pos) === CLOSE_OBJECT) pos++;
  else
    for (;;) {
      if (scan.byte(pos) !== QUOTE) throw scan.broken();
      const keyEnd = scan.skipString(pos);
      const key = JSON.parse(scan.text(pos, keyEnd)) as string;
      pos = scan.skipSpace(keyEnd);
      if (scan.byte(pos) !== COLON) throw scan.broken();
      const start = scan.skipSpace(pos + 1);
      if (scan.byte(start) === EOF) throw scan.broken();
      const end = scan.skipValue(start);
      members.set(key, {
        key,
        start,
        end,
        isArray: scan.byte(start) === OPEN_ARRAY,
      });
      pos = scan.skipSpace(end);
      const next = scan.byte(pos);
      if (next === CLOSE_OBJECT) {
        pos++;
        break;
      }
      if (next !== COMMA) throw scan.broken();
      pos = scan.skipSpace(pos + 1);
    }
  if (scan.skipSpace(pos) !== source.size) throw scan.broken();
  return members;
}

/** A member's value, parsed (for the small members of the envelope). */
export function parseMember(source: ByteSource, member: Member): unknown {
  return parseText(source, new Scanner(source).text(member.start, member.end));
}

function parseText(source: ByteSource, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw syntaxError(source);
  }
}

export interface Batch {
  /** Index in the array of the first value. */
  first: number;
  values: unknown[];
  /** Byte offset just after the batch, for progress. */
  end: number;
}

/**
 * The elements of an array member, parsed a batch at a time: each batch is
 * cut between elements and parsed whole, so JSON.parse does the work.
 */
export function* arrayBatches(
  source: ByteSource,
  member: Member,
  maxBytes = 2 * 1024 * 1024,
): Generator<Batch> {
  const scan = new Scanner(source);
  let pos = scan.skipSpace(member.start + 1);
  if (scan.byte(pos) === CLOSE_ARRAY) return;
  let first = 0;
  for (;;) {
    const batchStart = pos;
    let count = 0;
    let end: number;
    let last: boolean;
    for (;;) {
      end = scan.skipValue(pos);
      count++;
      pos = scan.skipSpace(end);
      const next = scan.byte(pos);
      last = next === CLOSE_ARRAY;
      if (!last && next !== COMMA) throw scan.broken();
      if (!last) pos = scan.skipSpace(pos + 1);
      if (last || end - batchStart >= maxBytes) break;
    }
    const values = parseText(
      source,
      `[${scan.text(batchStart, end)}]`,
    ) as unknown[];
    if (values.length !== count) throw scan.broken();
    yield { first, values, end };
    first += count;
    if (last) return;
  }
}
