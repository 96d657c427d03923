/**
 * A copy of a JSON-like value with every object's keys in sorted order, as
 * RFC 8785 writes them. Records are stored so: exporting them then needs no
 * reordering (bundle/canonical-json.ts serializes them as they are), which
 * makes an export of 100,000 records about as fast as JSON.stringify.
 */
export function sortedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortedKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(source).sort()) {
    const item = sortedKeys(source[key]);
    // An own "__proto__" key (JSON.parse makes one) must stay a plain key.
    if (key === '__proto__')
      Object.defineProperty(sorted, key, {
        value: item,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else sorted[key] = item;
  }
  return sorted as T;
}
