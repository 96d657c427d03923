/**
 * One bad value in one record (issue 17, "One bad value sinks the file"):
 * a number JSON.parse reads as Infinity, a lone surrogate, an array nested
 * 100,000 deep. Each leaves out its record by place and reason, whole or in
 * slices, and the rest of the file is read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { makeMeasure, makeOffice, makeUpdate } from '@/testing/records';

import { canonicalJson } from './canonical-json';
import { bundleChecksum } from './checksum';
import { createBundle } from './create-bundle';
import { lenientJson } from './hostile-values';
import { parseJson, readBundle } from './read-bundle';
import { bytesSource } from './stream/byte-source';
import { openBundle } from './stream/open-bundle';
import { knownIdsWith, readSlices } from './stream/read-slices';

const MARK = 123456.789;

/** A file with the update `update-2`'s percent written as `percentText`, and `extra` in measure-2. */
function fileWith(change: {
  percentText?: string;
  title?: string;
  deep?: number;
}): string {
  const update = { ...makeUpdate('update-2'), percent: MARK };
  const measure = {
    ...makeMeasure('measure-2'),
    ...(change.title === undefined ? {} : { title: change.title }),
  };
  const body = createBundle({
    exportedAt: '2025-10-05T03:12:00.000Z',
    source: { app: 'ita-tracker', appVersion: '0.1.0', device: 'test' },
    scope: { offices: ['office-1'], fiscalYears: [2568] },
    records: {
      offices: [makeOffice()],
      measures: [makeMeasure(), measure],
      updates: [makeUpdate(), update],
    },
    conflicts: [],
  }) as unknown as Record<string, unknown>;
  const text = (value: unknown) => {
    let json = JSON.stringify(value);
    if (change.percentText !== undefined)
      json = json.replace(String(MARK), change.percentText);
    else json = json.replace(String(MARK), '50');
    if (change.deep !== undefined)
      json = json.replace(
        '"evidence":[]',
        `"evidence":${'['.repeat(change.deep)}${']'.repeat(change.deep)}`,
      );
    return json;
  };
  // The checksum is the app's own over what the file says, as a crafted
  // file would carry it: the file must not be refused for its checksum.
  const parsed = JSON.parse(text(body)) as object;
  return text({ ...body, sha256: bundleChecksum(parsed) });
}

function readBoth(text: string) {
  const whole = readBundle(parseJson(text));
  const opened = openBundle(bytesSource(new TextEncoder().encode(text), 4096));
  const known = knownIdsWith({ offices: new Set(), measures: new Set() }, [
    opened,
  ]);
  const slices = [...readSlices(opened, known, 1 << 16)];
  return {
    whole,
    slicedInvalid: slices.flatMap((s) => s.read.invalid),
    slicedUpdates: slices.flatMap((s) => s.read.records.updates),
  };
}

describe('one bad value leaves out its record only', () => {
  it('a number too large for a double (1e309)', () => {
    const { whole, slicedInvalid, slicedUpdates } = readBoth(
      fileWith({ percentText: '1e309' }),
    );
    const expected = {
      kind: 'updates',
      index: 1,
      id: 'update-2',
      field: 'percent',
      problem: 'notFinite',
    };
    expect(whole.invalid).toEqual([expected]);
    expect(slicedInvalid).toEqual([expected]);
    expect(whole.records.updates.map((u) => u.id)).toEqual(['update-1']);
    expect(slicedUpdates.map((u) => u.id)).toEqual(['update-1']);
    expect(whole.records.measures).toHaveLength(2);
  });

  it('a lone surrogate in a text', () => {
    const { whole, slicedInvalid } = readBoth(
      fileWith({ title: 'มาตรการ \ud800' }),
    );
    const expected = {
      kind: 'measures',
      index: 1,
      id: 'measure-2',
      field: 'title',
      problem: 'loneSurrogate',
    };
    expect(whole.invalid).toContainEqual(expected);
    expect(slicedInvalid).toContainEqual(expected);
    expect(whole.records.measures.map((m) => m.id)).toEqual(['measure-1']);
    // Both updates are of measure-1, which is kept.
    expect(whole.records.updates).toHaveLength(2);
  });

  it('an array nested 100,000 deep', () => {
    const { whole, slicedInvalid } = readBoth(fileWith({ deep: 100_000 }));
    const expected = ['measures', 0, 'evidence', 'tooDeep'];
    const problems = whole.invalid.map((r) => [
      r.kind,
      r.index,
      r.field,
      r.problem,
    ]);
    expect(problems).toEqual([expected]);
    // In slices the references are checked too: its updates go with it.
    expect(slicedInvalid[0]).toMatchObject({
      kind: 'measures',
      index: 0,
      field: 'evidence',
      problem: 'tooDeep',
    });
    expect(slicedInvalid.slice(1).map((r) => r.problem)).toEqual([
      'measureLeftOut',
      'measureLeftOut',
    ]);
    expect(whole.records.offices).toHaveLength(1);
  });
});

describe('the checksum of a file with such a value', () => {
  it('is written as canonical JSON wherever there is one', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(lenientJson(value)).toBe(canonicalJson(value));
      }),
    );
  });
});

describe('more records than one file may carry', () => {
  const text = fileWith({});
  // Five records in the file: the limit is lowered to test it, as 2,000,000 would be.
  it.each([4, 5])('a limit of %i', (limit) => {
    const refused = limit < 5;
    const whole = () => readBundle(parseJson(text), { maxRecords: limit });
    const sliced = () =>
      openBundle(bytesSource(new TextEncoder().encode(text), 64), undefined, {
        maxRecords: limit,
      });
    for (const read of [whole, sliced]) {
      if (refused)
        expect(read).toThrow(
          expect.objectContaining({
            reason: 'tooManyRecords',
            details: { limit },
          }),
        );
      else expect(read).not.toThrow();
    }
  });

  it('is refused while the file is read, not after: the pass stops there', () => {
    let bytes = 0;
    const source = bytesSource(new TextEncoder().encode(text), 64);
    expect(() =>
      openBundle(source, (done) => (bytes = done), { maxRecords: 1 }),
    ).toThrow();
    expect(bytes).toBeLessThan(source.size / 2);
  });
});

describe('a measure’s methods', () => {
  it.each([
    [100, []],
    [101, [{ field: 'methods', problem: 'outOfRange' }]],
  ])('%i are %j', (count, problems) => {
    const measure = {
      ...makeMeasure(),
      methods: Array.from({ length: count }, (_, i) => `ขั้นที่ ${i + 1}`),
    };
    const body = createBundle({
      exportedAt: '2025-10-05T03:12:00.000Z',
      source: { app: 'ita-tracker', appVersion: '0.1.0', device: 'test' },
      scope: { offices: ['office-1'], fiscalYears: [2568] },
      records: { offices: [makeOffice()], measures: [measure], updates: [] },
      conflicts: [],
    });
    const read = readBundle({ ...body, sha256: bundleChecksum(body) });
    expect(
      read.invalid.map(({ field, problem }) => ({ field, problem })),
    ).toEqual(problems);
  });
});
