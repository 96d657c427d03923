import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';

import { createRecord, reviseRecord } from './revision';
import { sortedKeys } from './sorted-keys';

describe('sortedKeys', () => {
  it('sorts keys at every depth and keeps values and arrays', () => {
    const value = { b: [{ z: 1, y: { d: 2, c: 3 } }], a: 'ก', __x: null };
    const sorted = sortedKeys(value);
    expect(sorted).toEqual(value);
    expect(JSON.stringify(sorted)).toBe(canonicalize(value));
  });

  it('keeps an own "__proto__" key as a plain key', () => {
    const value: unknown = JSON.parse('{"b":1,"__proto__":{"x":1}}');
    expect(JSON.stringify(sortedKeys(value))).toBe(canonicalize(value));
  });

  it('gives records as they are exported: JSON.stringify is canonical', () => {
    const made = createRecord(
      {
        title: 'ก',
        period: { kind: 'months', from: '2024-10', to: '2025-01' },
      },
      'id-1',
      '2025-01-01T00:00:00.000Z',
    );
    const revised = reviseRecord(
      made,
      { title: 'ข' },
      '2025-02-01T00:00:00.000Z',
    );
    expect(JSON.stringify(made)).toBe(canonicalize(made));
    expect(JSON.stringify(revised)).toBe(canonicalize(revised));
  });
});
