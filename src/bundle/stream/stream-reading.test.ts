// A large bundle read in slices must give what a whole reading gives: the
// same records at the same places, the same records left out for the same
// reasons, and the same refusal of a file that cannot be a bundle.
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { makeMeasure, makeOffice, makeUpdate } from '@/testing/records';

import { BundleError } from '../bundle-error';
import { bundleChecksum } from '../checksum';
import { createBundle } from '../create-bundle';
import { parseJson, readBundle, type ReadBundle } from '../read-bundle';
import type { InvalidRecord } from '../record-problems';
import { byKind, RECORD_KINDS } from '../record-schemas';
import { checkReferences, type KnownIds } from '../references';
import { bytesSource } from './byte-source';
import { openBundle } from './open-bundle';
import { knownIdsWith, readSlices } from './read-slices';

const fixtureText = readFileSync(
  new URL('../fixtures/bundle-v1.json', import.meta.url),
  'utf8',
);
const STORED: KnownIds = {
  offices: new Set(['stored-office']),
  measures: new Set(),
};

/** Whole: the file decoded (a byte-order mark dropped), readBundle, then references. */
function whole(input: string) {
  const text = new TextDecoder().decode(new TextEncoder().encode(input));
  const read = readBundle(parseJson(text));
  const offices = new Set([
    ...STORED.offices,
    ...read.records.offices.map((o) => o.id),
  ]);
  const measures = new Set(
    read.records.measures
      .filter((m) => offices.has(m.officeId))
      .map((m) => m.id),
  );
  return checkReferences(read, { offices, measures });
}

const byPlace = (a: InvalidRecord, b: InvalidRecord) =>
  `${a.kind}${a.inConflicts}${a.index}`.localeCompare(
    `${b.kind}${b.inConflicts}${b.index}`,
  );

/** In slices, through a window of a few bytes, all slices put together. */
function streamed(text: string, window = 7, sliceBytes = 40) {
  const opened = openBundle(
    bytesSource(new TextEncoder().encode(text), window),
  );
  const all = whole(text);
  const joined: ReadBundle = {
    ...all,
    records: byKind(() => []) as ReadBundle['records'],
    conflicts: [],
    places: { ...byKind(() => []), conflicts: [] },
    invalid: [],
  };
  for (const { read } of readSlices(
    opened,
    knownIdsWith(STORED, [opened]),
    sliceBytes,
  )) {
    for (const kind of RECORD_KINDS) {
      (joined.records[kind] as unknown[]).push(...read.records[kind]);
      joined.places[kind].push(...read.places[kind]);
    }
    joined.conflicts.push(...read.conflicts);
    joined.places.conflicts.push(...read.places.conflicts);
    joined.invalid.push(...read.invalid);
  }
  return { opened, read: joined };
}

function expectSameReading(text: string) {
  const expected = whole(text);
  const { read } = streamed(text);
  expect(read.records).toEqual(expected.records);
  expect(read.places).toEqual(expected.places);
  expect(read.conflicts).toEqual(expected.conflicts);
  expect([...read.invalid].sort(byPlace)).toEqual(
    [...expected.invalid].sort(byPlace),
  );
  return read;
}

function sample(): Record<string, unknown> {
  return createBundle({
    exportedAt: '2025-10-05T03:12:00.000Z',
    source: { app: 'ita-tracker', appVersion: '0.1.0', device: 'ทดสอบ' },
    scope: { offices: ['office-1'], fiscalYears: [2568] },
    records: {
      offices: [makeOffice(), makeOffice('office-2', 'อบต.สอง')],
      measures: [
        makeMeasure(),
        makeMeasure('measure-2', 'office-2'),
        makeMeasure('measure-3', 'nowhere'),
      ],
      updates: [
        makeUpdate(),
        makeUpdate('update-2', 'measure-3'),
        makeUpdate('update-3', 'measure-2', 'office-2'),
      ],
    },
    conflicts: [
      {
        kind: 'measures',
        record: makeMeasure('measure-2', 'office-2', 'อีกชื่อ'),
      },
    ],
  }) as unknown as Record<string, unknown>;
}

const signed = (bundle: Record<string, unknown>) =>
  JSON.stringify({ ...bundle, sha256: bundleChecksum(bundle) });

function reason(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof BundleError)
      return `${error.reason} ${JSON.stringify(error.details)}`;
    throw error;
  }
  return 'accepted';
}

describe('a bundle read in slices', () => {
  it('reads the version-1 sample as a whole reading does', () => {
    const read = expectSameReading(fixtureText);
    expect(read.records.measures).toHaveLength(11);
    expect(read.conflicts).toHaveLength(1);
  });

  it('leaves out the same records: bad fields, ids twice, unknown references', () => {
    const bundle = sample();
    const updates = bundle.updates as Record<string, unknown>[];
    updates.push({ ...updates[0], percent: 'ครึ่ง' }, { ...updates[2] });
    // A crafted key: an own "__proto__", as JSON.parse makes it.
    Object.defineProperty((bundle.measures as object[])[0], '__proto__', {
      value: 1,
      enumerable: true,
    });
    const conflicts = bundle.conflicts as unknown[];
    conflicts.push({ kind: 'offices', record: {} }, conflicts[0]);
    // A measure left out for its shape, with an update listed before it.
    (bundle.measures as unknown[]).push({
      ...makeMeasure('measure-4'),
      title: 7,
    });
    updates.unshift({ ...makeUpdate('update-4', 'measure-4') });
    const read = expectSameReading(signed(bundle));
    expect(read.invalid.length).toBeGreaterThan(4);
    expect(
      read.invalid
        .filter((i) => i.problem === 'measureLeftOut')
        .map((i) => [i.id, i.measureIndex]),
    ).toEqual([
      ['update-4', 3],
      // Its measure has the crafted key.
      ['update-1', 0],
      ['update-2', 2],
    ]);
  });

  it('does not care about white space, key order or a byte-order mark', () => {
    const bundle = sample();
    const reversed = Object.fromEntries(Object.entries(bundle).reverse());
    expectSameReading(JSON.stringify(reversed, null, 2));
    expectSameReading(`\ufeff ${JSON.stringify(bundle)}\n`);
  });

  it('learns the duplicates and the records that have losing versions', () => {
    const bundle = sample();
    (bundle.offices as unknown[]).push((bundle.offices as unknown[])[1]);
    const { opened } = streamed(signed(bundle));
    expect([...opened.duplicates.offices]).toEqual(['office-2']);
    expect([...opened.withConflicts]).toEqual(['measures:measure-2']);
    expect(opened.sizes).toEqual({
      offices: 3,
      measures: 3,
      updates: 3,
      deadlines: 0,
      roundReports: 0,
      approvals: 0,
      oitItems: 0,
      conflicts: 1,
    });
  });
});

describe('a file that cannot be a bundle is refused for the same reason', () => {
  const text = signed(sample());
  const cases: [string, string][] = [
    ['empty', ' \n'],
    ['not JSON', 'hello'],
    ['an array', '[1, 2]'],
    ['a string', '"bundle"'],
    ['null', 'null'],
    ['trailing text', `${text} and more`],
    ['another type', JSON.stringify({ type: 'x' })],
    ['a newer version', signed({ ...sample(), version: 99 })],
    ['an unknown key', signed({ ...sample(), extra: 1 })],
    ['a changed record', text.replace('อบต.สอง', 'อบต.สาม')],
    ['no checksum', JSON.stringify({ ...sample(), sha256: undefined })],
    ['records not a list', signed({ ...sample(), updates: {} })],
    ['a bad record list item', text.replace('[{', '[{]')],
  ];
  it.each(cases)('%s', (_name, input) => {
    const bytes = new TextEncoder().encode(input);
    expect(reason(() => openBundle(bytesSource(bytes, 5)))).toBe(
      reason(() => whole(input)),
    );
  });

  it('a file cut off anywhere', () => {
    for (let cut = 1; cut < text.length; cut += Math.ceil(text.length / 97)) {
      const input = text.slice(0, cut);
      const bytes = new TextEncoder().encode(input);
      expect(reason(() => openBundle(bytesSource(bytes, 5)))).toBe(
        reason(() => whole(input)),
      );
    }
  });
});
