import { readFileSync, writeFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import {
  docsSchemaValidator,
  sampleBundleText,
} from '@/testing/bundle-json-schema';

import { BundleError } from './bundle-error';
import { bundleChecksum } from './checksum';
import { bundleSchema } from './envelope';
import { bundleJsonSchema } from './json-schema';
import { readBundle } from './read-bundle';

const file = new URL('../../docs/bundle.schema.json', import.meta.url);
const generated = JSON.stringify(bundleJsonSchema(), null, 2) + '\n';

// After a deliberate format change: UPDATE_BUNDLE_SCHEMA=1 npx vitest run src/bundle/json-schema.test.ts
if (process.env.UPDATE_BUNDLE_SCHEMA) writeFileSync(file, generated);

describe('docs/bundle.schema.json', () => {
  it('is what the validating code generates (no drift)', () => {
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });

  it('describes records by their fields', () => {
    const schema = JSON.parse(generated) as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'type',
        'version',
        'offices',
        'measures',
        'updates',
        'sha256',
      ]),
    );
    expect(JSON.stringify(schema.properties.measures)).toContain(
      '"fiscalYear"',
    );
  });
});

type Bundle = {
  offices: Record<string, unknown>[];
  measures: Record<string, unknown>[];
  updates: Record<string, unknown>[];
  conflicts: { kind: string; record: Record<string, unknown> }[];
} & Record<string, unknown>;

const sample = () => JSON.parse(sampleBundleText()) as Bundle;
const omitChecksum = ({ sha256, ...rest }: Bundle) => (void sha256, rest);
const hex = (c: string) => c.repeat(32);
/** `n` revs of one chain below generation `n + 1`. */
const chainOf = (n: number) =>
  Array.from({ length: n }, (_, i) => `${n - i}-${hex('a')}`);
const at = <T>(list: readonly T[]) => list[0] as T;

/**
 * Bad values, each of a check the app makes (bundleSchema, the very schema
 * that validates a bundle's records) and the JSON Schema must make too.
 */
const refusedByBoth: [string, (b: Bundle) => void][] = [
  ['a rev that is not one', (b) => (at(b.measures).rev = 'not-a-rev')],
  ['a rev of generation 0', (b) => (at(b.measures).rev = `0-${hex('a')}`)],
  [
    'a rev of 31 hex digits',
    (b) => (at(b.offices).rev = `2-${'a'.repeat(31)}`),
  ],
  ['a rev in capitals', (b) => (at(b.updates).rev = `1-${hex('A')}`)],
  ['a rev in revs that is not one', (b) => (at(b.measures).revs = ['x'])],
  ['101 revs', (b) => (at(b.measures).revs = chainOf(101))],
  ['1,000 revs', (b) => (at(b.measures).revs = chainOf(1000))],
  [
    'a conflict with a bad rev',
    (b) => (at(b.conflicts).record.rev = 'not-a-rev'),
  ],
  [
    'a period from 2027-13 to 2026-01',
    (b) =>
      (at(b.measures).period = {
        kind: 'months',
        from: '2027-13',
        to: '2026-01',
      }),
  ],
  [
    'a month without its zero',
    (b) =>
      (at(b.measures).period = {
        kind: 'months',
        from: '2024-1',
        to: '2025-09',
      }),
  ],
  [
    'month 00',
    (b) =>
      (at(b.measures).period = {
        kind: 'months',
        from: '2024-10',
        to: '2025-00',
      }),
  ],
  [
    'a whole-year period with months',
    (b) => (at(b.measures).period = { kind: 'fiscal-year', from: '2024-10' }),
  ],
  ['an empty id', (b) => (at(b.measures).id = '')],
  ['an id of 129 characters', (b) => (at(b.offices).id = 'x'.repeat(129))],
  ['a fiscal year below 2400', (b) => (at(b.measures).fiscalYear = 2399)],
  ['a fiscal year not whole', (b) => (at(b.measures).fiscalYear = 2568.5)],
  ['a fiscal year as text', (b) => (at(b.measures).fiscalYear = '2568')],
  [
    'a text of 20,001 characters',
    (b) => (at(b.measures).title = 'ก'.repeat(20_001)),
  ],
  ['501 steps', (b) => (at(b.measures).methods = Array(501).fill('ขั้น'))],
  ['an unknown list style', (b) => (at(b.measures).methodsStyle = 'roman')],
  ['an unknown key', (b) => (at(b.measures).titel = 'x')],
  ['a missing field', (b) => delete at(b.measures).title],
  ['a timestamp that is not one', (b) => (at(b.measures).updatedAt = 'เมื่อวาน')],
  ['13 months', (b) => (at(b.measures).createdAt = '2025-13-01T00:00:00.000Z')],
  ['a 30 February', (b) => (at(b.updates).date = '2025-02-30')],
  [
    'a date with its time',
    (b) => (at(b.updates).date = '2025-02-01T00:00:00Z'),
  ],
  ['101 percent', (b) => (at(b.updates).percent = 101)],
  ['an unknown status', (b) => (at(b.updates).status = 'done')],
  ['an unknown round', (b) => (at(b.updates).round = 'quarter')],
  ['deleted as text', (b) => (at(b.updates).deleted = 'true')],
  ['an unknown office kind', (b) => (at(b.offices).kind = 'city')],
  [
    'an ITA score over 100',
    (b) =>
      (at(b.offices).itaResults = [
        { fiscalYear: 2567, score: 101, level: 'A' },
      ]),
  ],
  ['a unit without a name', (b) => (at(b.offices).units = [{ id: 'u' }])],
  ['a conflict of an unknown kind', (b) => (at(b.conflicts).kind = 'notes')],
  [
    'a conflict whose record is of another kind',
    (b) => (at(b.conflicts).kind = 'updates'),
  ],
  ['another version', (b) => (b.version = 3)],
  ['another type', (b) => (b.type = 'ita-tracker/backup')],
  ['a checksum that is not hex', (b) => (b.sha256 = 'x'.repeat(64))],
  ['an export time that is not one', (b) => (b.exportedAt = '15/2/2568')],
  [
    'a device of 201 characters',
    (b) => ((b.source as { device: string }).device = 'x'.repeat(201)),
  ],
  [
    'a scope year not whole',
    (b) => ((b.scope as { fiscalYears: number[] }).fiscalYears = [2568.5]),
  ],
  ['an unknown key in the envelope', (b) => (b.note = 'x')],
];

describe('docs/bundle.schema.json, read by another tool (Ajv)', () => {
  const validate = docsSchemaValidator();
  const app = (b: unknown) => bundleSchema.safeParse(b).success;

  it('takes the sample, as the app does, with 100 revs too', () => {
    expect(validate(sample()), JSON.stringify(validate.errors)).toBe(true);
    const long = sample();
    at(long.measures).revs = chainOf(100);
    at(long.measures).rev = `101-${hex('b')}`;
    expect(validate(long)).toBe(true);
    expect(app(long)).toBe(true);
  });

  it.each(refusedByBoth)('refuses %s, as the app does', (_, change) => {
    const bundle = sample();
    change(bundle);
    expect(app(bundle)).toBe(false);
    expect(validate(bundle)).toBe(false);
  });

  it('leaves to the app only the checks docs/bundle-format.md says it cannot make', () => {
    const read = (b: Bundle) =>
      readBundle({ ...b, sha256: bundleChecksum(omitChecksum(b)) });
    // A period that ends before it starts: two valid months, compared.
    const backwards = sample();
    at(backwards.measures).period = {
      kind: 'months',
      from: '2025-09',
      to: '2024-10',
    };
    expect(validate(backwards)).toBe(true);
    expect(read(backwards).invalid).toEqual([
      expect.objectContaining({
        kind: 'measures',
        field: 'period',
        problem: 'badFormat',
      }),
      // Its losing version, whose record is now missing, goes with it.
      expect.objectContaining({
        kind: 'measures',
        inConflicts: true,
        problem: 'onlyLosingVersion',
      }),
    ]);
    // An id twice in one list.
    const twice = sample();
    twice.measures.push(structuredClone(at(twice.measures)));
    expect(validate(twice)).toBe(true);
    expect(read(twice).invalid.map((r) => r.problem)).toEqual([
      'duplicateId',
      'duplicateId',
      'onlyLosingVersion',
    ]);
    // The checksum.
    const changed = sample();
    at(changed.measures).title = 'แก้หลังส่งออก';
    expect(validate(changed)).toBe(true);
    expect(() => readBundle(changed)).toThrow(BundleError);
    // And the sample read as it is.
    expect(read(sample()).invalid).toEqual([]);
  });
});
