import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('writes exactly what canonicalize writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 500 },
    );
  });

  it('sorts keys at every depth, Thai and Latin alike', () => {
    const value = { b: 1, a: { d: [{ z: 1, y: 'ก' }], c: null }, ข: 2, ก: 3 };
    expect(canonicalJson(value)).toBe(canonicalize(value));
    expect(canonicalJson(value)).toBe(
      '{"a":{"c":null,"d":[{"y":"ก","z":1}]},"b":1,"ก":3,"ข":2}',
    );
  });

  it('keeps keys that look like array indexes in string order', () => {
    const value = { '10': 'a', '9': 'b', x: { '2': 1, '11': 2 } };
    expect(canonicalJson(value)).toBe(canonicalize(value));
  });

  it('keeps a "__proto__" key of parsed JSON as an ordinary key', () => {
    const value: unknown = JSON.parse('{"b":1,"__proto__":{"x":1},"a":2}');
    expect(canonicalJson(value)).toBe(canonicalize(value));
  });

  it('refuses what canonicalize refuses', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
    expect(() => canonicalJson([Infinity])).toThrow();
    expect(() => canonicalJson({ a: '\ud800' })).toThrow();
    expect(() => canonicalJson({ '\udc00': 1 })).toThrow();
  });

  it('skips undefined members and writes undefined items as null', () => {
    const value = { b: undefined, a: [undefined, 1] };
    expect(canonicalJson(value)).toBe(canonicalize(value));
  });
});
