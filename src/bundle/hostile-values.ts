/**
 * Values JSON can carry but a record never holds, found before a record is
 * checked against its schema (which would recurse into them) and written
 * for the checksum without failing (canonicalize refuses them, and the
 * engine's JSON.stringify recurses): a number JSON.parse reads as Infinity
 * (`1e309`), a lone surrogate in a text or a key, and nesting deeper than
 * any record's. Each leaves its one record out, by place and reason.
 */
import { canonicalJson } from './canonical-json';
import type { RecordProblem } from './record-problems';

/** Deeper than any record (an approval's cells are 4 levels) by far. */
export const MAX_DEPTH = 32;

/** A surrogate half without its other half. */
const LONE_SURROGATE =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export interface ValueProblem {
  field: string;
  problem: RecordProblem;
}

/** The first such value in a record, breadth first, walked without recursion. */
export function valueProblem(value: unknown): ValueProblem | null {
  const queue: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  for (let i = 0; i < queue.length; i++) {
    const { value: v, path } = queue[i] as (typeof queue)[number];
    const field = path.join('.');
    if (typeof v === 'number' && !Number.isFinite(v))
      return { field, problem: 'notFinite' };
    if (typeof v === 'string' && LONE_SURROGATE.test(v))
      return { field, problem: 'loneSurrogate' };
    if (typeof v !== 'object' || v === null) continue;
    if (path.length >= MAX_DEPTH)
      return { field: path.slice(0, 1).join('.'), problem: 'tooDeep' };
    for (const [key, child] of Object.entries(v)) {
      if (LONE_SURROGATE.test(key))
        return { field: [...path, key].join('.'), problem: 'loneSurrogate' };
      queue.push({ value: child, path: [...path, key] });
    }
  }
  return null;
}

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The canonical JSON (RFC 8785) of a value, or, for a value that has none,
 * the same writing carried on: a non-finite number as `null` and a lone
 * surrogate as its `\udXXX` escape (as JSON.stringify writes them), at any
 * depth. A checksum can so be computed, and checked, over any file JSON.parse
 * reads; the app never writes such a value (docs/bundle-format.md).
 */
export function checksumJson(value: unknown): string {
  try {
    return canonicalJson(value) ?? '';
  } catch {
    return lenientJson(value);
  }
}

export function lenientJson(value: unknown): string {
  const out: string[] = [];
  // Each item: a value to write, or a text to put (brackets, commas, keys).
  const stack: ({ text: string } | { value: unknown })[] = [{ value }];
  while (stack.length > 0) {
    const item = stack.pop() as (typeof stack)[number];
    if ('text' in item) {
      out.push(item.text);
      continue;
    }
    const v = item.value;
    if (typeof v !== 'object' || v === null) {
      out.push(
        typeof v === 'number' && !Number.isFinite(v)
          ? 'null'
          : (JSON.stringify(v) ?? 'null'),
      );
      continue;
    }
    const parts: ({ text: string } | { value: unknown })[] = [];
    if (Array.isArray(v)) {
      parts.push({ text: '[' });
      v.forEach((child: unknown, i) => {
        if (i > 0) parts.push({ text: ',' });
        parts.push({ value: child });
      });
      parts.push({ text: ']' });
    } else {
      parts.push({ text: '{' });
      const record = v as Record<string, unknown>;
      Object.keys(record)
        .sort(compareKeys)
        .forEach((key, i) => {
          parts.push({ text: `${i > 0 ? ',' : ''}${JSON.stringify(key)}:` });
          parts.push({ value: record[key] });
        });
      parts.push({ text: '}' });
    }
    for (let i = parts.length - 1; i >= 0; i--)
      stack.push(parts[i] as (typeof parts)[number]);
  }
  return out.join('');
}
