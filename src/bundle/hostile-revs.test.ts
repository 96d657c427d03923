/**
 * Revs a hostile file may carry (issue 17, item 6 and "A record poisoned by
 * a rev", "A record a file may not make"): each is left out by its place and
 * reason, as CouchDB would refuse it, and the rest of the file still reads.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Measure } from '@/domain/types';
import { PouchTree } from '@/testing/pouch-oracle';
import { makeMeasure, makeOffice } from '@/testing/records';

import { bundleChecksum } from './checksum';
import { createBundle } from './create-bundle';
import { mergeAll, type Leaves } from './merge';
import { readBundle } from './read-bundle';
import { bytesSource } from './stream/byte-source';
import { openBundle } from './stream/open-bundle';
import { knownIdsWith, readSlices } from './stream/read-slices';

const HASH_A = 'a'.repeat(32);
const HASH_B = 'b'.repeat(32);

function bundleOf(
  measures: unknown[],
  conflicts: unknown[] = [],
): Record<string, unknown> {
  const body = createBundle({
    exportedAt: '2025-10-05T03:12:00.000Z',
    source: { app: 'ita-tracker', appVersion: '0.1.0', device: 'test' },
    scope: { offices: ['office-1'], fiscalYears: [2568] },
    records: {
      offices: [makeOffice()],
      measures: measures as Measure[],
      updates: [],
    },
    conflicts: conflicts as never,
  }) as unknown as Record<string, unknown>;
  return { ...body, sha256: bundleChecksum(body) };
}

const withRev = (rev: string, revs: string[] = [], id = 'measure-1') => ({
  ...makeMeasure(id),
  rev,
  revs,
});

/** Read whole, and in slices: both must leave out the same records. */
function bothReadings(bundle: Record<string, unknown>) {
  const whole = readBundle(bundle);
  const text = JSON.stringify(bundle);
  const opened = openBundle(bytesSource(new TextEncoder().encode(text), 64));
  const known = knownIdsWith({ offices: new Set(), measures: new Set() }, [
    opened,
  ]);
  const sliced = [...readSlices(opened, known, 200)].flatMap(({ read }) => [
    ...read.invalid,
  ]);
  return { whole, sliced };
}

describe('a rev a file may not carry', () => {
  const good = withRev(`2-${HASH_B}`, [`1-${HASH_A}`], 'measure-2');

  it.each([
    ['a 400-digit generation', `${'9'.repeat(400)}-${HASH_A}`],
    ['one past the largest safe integer', `9007199254740992-${HASH_A}`],
  ])('refuses %s by place and reason', (_, rev) => {
    const { whole, sliced } = bothReadings(bundleOf([good, withRev(rev)]));
    const expected = {
      kind: 'measures',
      index: 1,
      id: 'measure-1',
      field: 'rev',
      problem: 'unsafeGeneration',
    };
    expect(whole.invalid).toEqual([expected]);
    expect(sliced).toEqual([expected]);
    expect(whole.records.measures.map((m) => m.id)).toEqual(['measure-2']);
  });

  it('keeps the largest safe generation', () => {
    const rev = `${Number.MAX_SAFE_INTEGER}-${HASH_A}`;
    const read = readBundle(bundleOf([withRev(rev)]));
    expect(read.invalid).toEqual([]);
  });

  it('refuses an unsafe generation among the ancestors', () => {
    const rev = `3-${HASH_A}`;
    const read = readBundle(
      bundleOf([withRev(rev, [`2-${HASH_B}`, `${'1'.repeat(30)}-${HASH_B}`])]),
    );
    expect(read.invalid).toEqual([
      expect.objectContaining({ field: 'revs.1', problem: 'unsafeGeneration' }),
    ]);
  });

  it('refuses a generation-1 rev that claims another as its ancestor', () => {
    const { whole, sliced } = bothReadings(
      bundleOf([withRev(`1-${HASH_A}`, [`1-${HASH_B}`])]),
    );
    const expected = {
      kind: 'measures',
      index: 0,
      id: 'measure-1',
      field: 'revs.0',
      problem: 'ancestorNotOlder',
    };
    expect(whole.invalid).toEqual([expected]);
    expect(sliced).toEqual([expected]);
  });

  it('refuses a record that lists its own rev among its ancestors', () => {
    const rev = `3-${HASH_A}`;
    const read = readBundle(bundleOf([withRev(rev, [`2-${HASH_B}`, rev])]));
    expect(read.invalid).toEqual([
      expect.objectContaining({ field: 'revs.1', problem: 'ownRevInRevs' }),
    ]);
  });

  it.each([101, 1000])('refuses %i revs (at most 100)', (count) => {
    const revs = Array.from(
      { length: count },
      (_, i) => `${count - i}-${HASH_B}`,
    );
    const read = readBundle(
      bundleOf([withRev(`${count + 1}-${HASH_A}`, revs)]),
    );
    expect(read.invalid).toEqual([
      expect.objectContaining({ field: 'revs', problem: 'outOfRange' }),
    ]);
  });

  it('refuses a losing version whose record the file does not carry', () => {
    const loser = withRev(`2-${HASH_B}`, [`1-${HASH_A}`], 'measure-9');
    const kept = withRev(`1-${HASH_A}`, [], 'measure-2');
    const bundle = bundleOf(
      [kept],
      [
        { kind: 'measures', record: loser },
        { kind: 'measures', record: { ...kept, rev: `1-${HASH_B}` } },
      ],
    );
    const { whole, sliced } = bothReadings(bundle);
    const expected = {
      kind: 'measures',
      index: 0,
      inConflicts: true,
      id: 'measure-9',
      field: 'id',
      problem: 'onlyLosingVersion',
    };
    expect(whole.invalid).toEqual([expected]);
    expect(sliced).toEqual([expected]);
    expect(whole.conflicts.map((c) => c.record.id)).toEqual(['measure-2']);
  });
});

/** A generation as a file may write it: small, near the limit, or huge. */
const generation = fc.oneof(
  fc.integer({ min: 1, max: 50 }).map(String),
  fc
    .integer({ min: Number.MAX_SAFE_INTEGER - 3, max: Number.MAX_SAFE_INTEGER })
    .map(String),
  fc
    .bigInt({ min: BigInt(Number.MAX_SAFE_INTEGER) + 1n, max: 10n ** 400n })
    .map(String),
);
const hash = fc.stringMatching(/^[0-9a-f]{32}$/);

describe('one winner in any order, whatever the revs say', () => {
  it('two import orders pick one winner, the one CouchDB picks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(generation, hash, fc.boolean()), {
          minLength: 2,
          maxLength: 5,
        }),
        (versions) => {
          const records = versions.map(([g, h, deleted]) => ({
            ...withRev(`${g}-${h}`),
            ...(deleted ? { deleted: true } : {}),
          }));
          // Each version arrives in a file of its own, as from several laptops.
          const read = records.flatMap(
            (record) => readBundle(bundleOf([record])).records.measures,
          );
          for (const record of read)
            expect(Number.isSafeInteger(Number(record.rev.split('-')[0]))).toBe(
              true,
            );
          if (read.length === 0) return;
          const merged = (order: Measure[]) =>
            mergeAll(new Map<string, Leaves<Measure>>(), order).state.get(
              'measure-1',
            )?.winner.rev;
          const forward = merged(read);
          expect(merged([...read].reverse())).toBe(forward);
          expect(forward).toBe(new PouchTree().addAll(read).winner());
        },
      ),
      { numRuns: 200 },
    );
  });
});
