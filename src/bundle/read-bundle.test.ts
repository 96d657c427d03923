import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { makeMeasure, makeOffice, makeUpdate } from '@/testing/records';

import { BundleError } from './bundle-error';
import { bundleChecksum } from './checksum';
import { createBundle } from './create-bundle';
import { BUNDLE_VERSION, bundleSchema } from './envelope';
import { mergeAll, type Leaves } from './merge';
import { parseJson, readBundle } from './read-bundle';
import { checkReferences } from './references';
import { upgrades } from './upgrades';

const fixtureText = readFileSync(
  new URL('./fixtures/bundle-v1.json', import.meta.url),
  'utf8',
);

function sample() {
  return createBundle({
    exportedAt: '2025-10-05T03:12:00.000Z',
    source: { app: 'ita-tracker', appVersion: '0.1.0', device: 'test' },
    scope: { offices: ['office-1'], fiscalYears: [2568] },
    records: {
      offices: [makeOffice()],
      measures: [makeMeasure()],
      updates: [makeUpdate()],
      deadlines: [],
    },
    conflicts: [],
  });
}

/** A bundle with `change` applied and its checksum made right again. */
function tampered(change: (b: Record<string, unknown>) => void): unknown {
  const bundle = structuredClone(sample()) as unknown as Record<
    string,
    unknown
  >;
  change(bundle);
  return { ...bundle, sha256: bundleChecksum(bundle) };
}

function reason(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof BundleError) return error.reason;
    throw error;
  }
  return 'accepted';
}

describe('the version-1 sample bundle', () => {
  const read = readBundle(parseJson(fixtureText));

  it('reads without a single invalid record', () => {
    expect(read.invalid).toEqual([]);
    expect(read.records.offices).toHaveLength(1);
    expect(read.records.measures).toHaveLength(11);
    expect(read.records.updates).toHaveLength(12);
    expect(read.conflicts).toHaveLength(1);
  });

  it('carries tombstones and the losing side of a conflict', () => {
    expect(read.records.updates.filter((u) => u.deleted)).toHaveLength(1);
    const [loser] = read.conflicts;
    expect(loser?.kind).toBe('measures');
    expect(read.records.measures.some((m) => m.id === loser?.record.id)).toBe(
      true,
    );
  });

  it('matches the published schema once upgraded', () => {
    // Every step in turn, up to the current version.
    let upgraded: unknown = JSON.parse(fixtureText);
    for (let v = 1; v < BUNDLE_VERSION; v++) upgraded = upgrades[v]!(upgraded);
    expect(bundleSchema.safeParse(upgraded).success).toBe(true);
  });

  it('merges into an empty database with the conflict kept', () => {
    const measures = mergeAll(new Map(), read.records.measures).state;
    const loser = read.conflicts[0]!.record;
    const merged = mergeAll(measures as Map<string, Leaves<typeof loser>>, [
      loser as never,
    ]);
    expect(merged.outcomes[0]?.kind).toBe('conflict');
  });
});

describe('readBundle rejects a file that cannot be a bundle', () => {
  it.each([
    ['an empty file', () => parseJson('  \n'), 'empty'],
    ['text that is not JSON', () => parseJson('hello'), 'notJson'],
    [
      'truncated JSON',
      () => parseJson(fixtureText.slice(0, 500)),
      'truncatedJson',
    ],
    ['JSON that is not an object', () => readBundle([1, 2]), 'notBundle'],
    [
      'another type',
      () => readBundle({ ...sample(), type: 'excalidraw' }),
      'notBundle',
    ],
    [
      'a newer version',
      () => readBundle({ ...sample(), version: BUNDLE_VERSION + 1 }),
      'newerVersion',
    ],
    [
      'a version that never existed',
      () => readBundle({ ...sample(), version: 0 }),
      'unknownVersion',
    ],
    [
      'a changed record',
      () => readBundle({ ...sample(), exportedAt: '2026-01-01T00:00:00.000Z' }),
      'checksumMismatch',
    ],
    [
      'no checksum',
      () => readBundle({ ...sample(), sha256: undefined }),
      'badEnvelope',
    ],
    [
      'an envelope field missing',
      () => readBundle(tampered((b) => delete b.source)),
      'badEnvelope',
    ],
    [
      'an unknown key in the envelope',
      () => readBundle(tampered((b) => Object.assign(b, { constructor: {} }))),
      'badEnvelope',
    ],
    [
      'records that are not a list',
      () => readBundle(tampered((b) => (b.measures = {}))),
      'badEnvelope',
    ],
  ])('%s', (_name, fn, expected) => {
    expect(reason(fn)).toBe(expected);
  });

  it('names an unknown key of the envelope, such as constructor', () => {
    const fieldOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        if (error instanceof BundleError) return error.details.field;
        throw error;
      }
      return 'accepted';
    };
    expect(
      fieldOf(() =>
        readBundle(tampered((b) => Object.assign(b, { constructor: {} }))),
      ),
    ).toBe('constructor');
    const text = JSON.stringify(sample()).replace(
      '{',
      '{"__proto__":{"polluted":true},',
    );
    const json = parseJson(text) as Record<string, unknown>;
    expect(
      fieldOf(() => readBundle({ ...json, sha256: bundleChecksum(json) })),
    ).toBe('__proto__');
  });

  it('accepts a valid bundle whatever its key order and spacing', () => {
    const bundle = sample();
    const reordered = Object.fromEntries(Object.entries(bundle).reverse());
    expect(
      reason(() => readBundle(parseJson(JSON.stringify(reordered, null, 4)))),
    ).toBe('accepted');
  });
});

describe('readBundle leaves out bad records, by place and reason', () => {
  it.each([
    [
      'a missing field',
      (m: Record<string, unknown>) => delete m.title,
      'title',
      'missing',
    ],
    [
      'a wrong type',
      (m: Record<string, unknown>) => (m.fiscalYear = '2568'),
      'fiscalYear',
      'wrongType',
    ],
    [
      'a value not allowed',
      (m: Record<string, unknown>) => (m.period = { kind: 'weekly' }),
      'period.kind',
      'notAllowedValue',
    ],
    [
      'a malformed rev',
      (m: Record<string, unknown>) => (m.rev = 'abc'),
      'rev',
      'badFormat',
    ],
    [
      'an unknown key',
      (m: Record<string, unknown>) => (m.colour = 'red'),
      'colour',
      'unknownKey',
    ],
    [
      'a constructor key',
      (m: Record<string, unknown>) => Object.assign(m, { constructor: 'x' }),
      'constructor',
      'forbiddenKey',
    ],
  ])('%s', (_name, change, field, problem) => {
    const read = readBundle(
      tampered((b) => change((b.measures as Record<string, unknown>[])[0]!)),
    );
    expect(read.records.measures).toEqual([]);
    expect(read.records.offices).toHaveLength(1);
    expect(read.invalid).toEqual([
      { kind: 'measures', index: 0, id: 'measure-1', field, problem },
    ]);
  });

  it('a __proto__ key, as JSON.parse makes it', () => {
    const bundle = sample();
    const text = JSON.stringify(bundle).replace(
      '"title":',
      '"__proto__":{"polluted":true},"title":',
    );
    const json = parseJson(text) as Record<string, unknown>;
    const read = readBundle({ ...json, sha256: bundleChecksum(json) });
    expect(read.invalid).toMatchObject([
      { kind: 'measures', field: '__proto__', problem: 'forbiddenKey' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the same id twice: both are left out', () => {
    const read = readBundle(
      tampered((b) => {
        const [update] = b.updates as object[];
        b.updates = [update, { ...update }];
      }),
    );
    expect(read.records.updates).toEqual([]);
    expect(read.invalid.map((i) => [i.index, i.problem])).toEqual([
      [0, 'duplicateId'],
      [1, 'duplicateId'],
    ]);
  });

  it('records that refer to nothing known', () => {
    const read = readBundle(
      tampered((b) => {
        b.offices = [];
        (b.updates as Record<string, unknown>[])[0]!.measureId = 'nowhere';
      }),
    );
    const checked = checkReferences(read, {
      offices: new Set(),
      measures: new Set(),
    });
    expect(checked.records.measures).toEqual([]);
    expect(checked.records.updates).toEqual([]);
    expect(checked.invalid.map((i) => i.problem)).toEqual([
      'unknownOffice',
      'unknownMeasure',
    ]);
    // The same records are fine where their office and measure are stored.
    const known = checkReferences(read, {
      offices: new Set(['office-1']),
      measures: new Set(['nowhere']),
    });
    expect(known.invalid).toEqual([]);
  });

  it('a record left out for its reference is reported at its place in the file', () => {
    const read = readBundle(
      tampered((b) => {
        const [measure] = b.measures as Record<string, unknown>[];
        b.measures = [
          { ...measure, id: 'broken', title: 7 },
          { ...measure, id: 'stray', officeId: 'nowhere' },
        ];
        const [update] = b.updates as Record<string, unknown>[];
        b.updates = [
          { ...update, id: 'u-broken', percent: 150 },
          { ...update, id: 'u-stray', officeId: 'nowhere' },
        ];
      }),
    );
    const checked = checkReferences(read, {
      offices: new Set(),
      measures: new Set(['measure-1']),
    });
    expect(
      checked.invalid.map((i) => [i.kind, i.index, i.id, i.field, i.problem]),
    ).toEqual([
      ['measures', 0, 'broken', 'title', 'wrongType'],
      ['updates', 0, 'u-broken', 'percent', 'outOfRange'],
      ['measures', 1, 'stray', 'officeId', 'unknownOffice'],
      ['updates', 1, 'u-stray', 'officeId', 'unknownOffice'],
    ]);
  });

  it('the updates of a measure left out are said to be left out with it', () => {
    const read = readBundle(
      tampered((b) => {
        const [measure] = b.measures as Record<string, unknown>[];
        b.measures = [
          { ...measure, title: 7 },
          { ...measure, id: 'stray', officeId: 'nowhere' },
        ];
        b.updates = [
          makeUpdate('u-1', 'measure-1'),
          makeUpdate('u-stray', 'stray'),
          makeUpdate('u-nowhere', 'nowhere'),
        ];
        b.conflicts = [
          {
            kind: 'updates',
            record: { ...makeUpdate('u-1'), rev: `2-${'a'.repeat(32)}` },
          },
        ];
      }),
    );
    const checked = checkReferences(read, {
      offices: new Set(['office-1']),
      measures: new Set(),
    });
    expect(checked.records.updates).toEqual([]);
    expect(checked.conflicts).toEqual([]);
    const leftOut = (i: number, id: string, measureIndex: number) => ({
      kind: 'updates',
      index: i,
      id,
      field: '',
      problem: 'measureLeftOut',
      measureIndex,
    });
    expect(checked.invalid.filter((i) => i.kind === 'updates')).toEqual([
      leftOut(0, 'u-1', 0),
      leftOut(1, 'u-stray', 1),
      {
        kind: 'updates',
        index: 2,
        id: 'u-nowhere',
        field: 'measureId',
        problem: 'unknownMeasure',
      },
      { ...leftOut(0, 'u-1', 0), inConflicts: true },
    ]);
    // A measure stored on this device still takes the update.
    const stored = checkReferences(read, {
      offices: new Set(['office-1']),
      measures: new Set(['measure-1']),
    });
    expect(stored.records.updates.map((u) => u.id)).toEqual(['u-1']);
  });

  it('a losing version that refers to nothing is reported, not dropped unseen', () => {
    const read = readBundle(
      tampered((b) => {
        const [measure] = b.measures as Record<string, unknown>[];
        b.conflicts = [
          {
            kind: 'measures',
            record: { ...measure, rev: `2-${'a'.repeat(32)}`, officeId: 'x' },
          },
        ];
      }),
    );
    const checked = checkReferences(read, {
      offices: new Set(),
      measures: new Set(),
    });
    expect(checked.conflicts).toEqual([]);
    expect(checked.invalid).toEqual([
      {
        kind: 'measures',
        index: 0,
        inConflicts: true,
        id: 'measure-1',
        field: 'officeId',
        problem: 'unknownOffice',
      },
    ]);
  });
});
