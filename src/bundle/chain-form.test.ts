import { readFileSync } from 'node:fs';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  deleteRecord,
  isRevChain,
  revGeneration,
  type Content,
} from '@/domain/revision';
import type { Measure } from '@/domain/types';
import { PouchTree } from '@/testing/pouch-oracle';
import { makeMeasure } from '@/testing/records';
import { reviseV3 } from '@/testing/v3-revisions';

import { chainForm, chainFormOfLeaves } from './chain-form';
import { mergeAll, openLosers, toLeaves, type Leaves } from './merge';

const T1 = '2025-02-01T00:00:00.000Z';
const rev = (generation: number, hex: string) =>
  `${generation}-${hex.repeat(32)}`;
const contentOf = (record: Measure): Content<Measure> => {
  const { id, rev, revs, createdAt, updatedAt, deleted, ...content } = record;
  void [id, rev, revs, createdAt, updatedAt, deleted];
  return content;
};

describe('chainForm', () => {
  it('leaves a record that is one chain as it is', () => {
    const measure = makeMeasure();
    expect(chainForm(measure)).toEqual({ record: measure, tombstones: [] });
    expect(chainForm(measure).record).toBe(measure);
  });

  it('turns the real version-3 resolution into a chain and tombstones, losing nothing', () => {
    const fixture = JSON.parse(
      readFileSync(
        new URL('./fixtures/bundle-v3-resolved.json', import.meta.url),
        'utf8',
      ),
    ) as { measures: Measure[] };
    const resolved = fixture.measures.find((m) => m.revs.length > 1)!;
    const [three, twoA, twoB, one] = resolved.revs as [
      string,
      string,
      string,
      string,
    ];
    const { record, tombstones } = chainForm(resolved);
    expect(record).toEqual({ ...resolved, revs: [three] });
    // Which generation-2 rev is the parent of 3-… no rev says: each gets a
    // tombstone, and both prove generation 1 below them.
    expect(tombstones.map((t) => t.revs)).toEqual([
      [twoA, one],
      [twoB, one],
    ]);
    for (const tombstone of tombstones) {
      expect(tombstone).toMatchObject({
        ...contentOf(resolved),
        id: resolved.id,
        deleted: true,
        createdAt: resolved.createdAt,
        updatedAt: resolved.updatedAt,
      });
      expect(revGeneration(tombstone.rev)).toBe(3);
    }
  });

  it('keeps the one rev of each generation as the chain, up to where a generation holds two', () => {
    const head = {
      ...makeMeasure(),
      rev: rev(6, 'f'),
      revs: [
        rev(5, 'e'),
        rev(4, 'd'),
        rev(3, 'c'),
        rev(3, '9'),
        rev(2, 'b'),
        rev(1, 'a'),
      ],
    };
    const { record, tombstones } = chainForm(head);
    expect(record.revs).toEqual([rev(5, 'e'), rev(4, 'd')]);
    expect(tombstones.map((t) => t.revs)).toEqual([
      [rev(3, 'c'), rev(2, 'b'), rev(1, 'a')],
      [rev(3, '9'), rev(2, 'b'), rev(1, 'a')],
    ]);
  });

  it('takes a rev that is the very tombstone it would make as proof of its parent', () => {
    // Found by the property below: ข deleted (its tombstone keeps ข), the
    // deletion of the first version beside it, resolved in version 3, then
    // edited back to ข. A tombstone of ข with ข's content is that deletion.
    const base = makeMeasure();
    const b = reviseV3(base, { title: 'ข' }, T1);
    const deletedB = deleteRecord(b, T1);
    const deletedBase = deleteRecord(base, T1);
    const resolved = reviseV3(deletedB, { title: 'ก' }, T1, {
      parents: [deletedBase],
    });
    const edited = reviseV3(resolved, { title: 'ข' }, T1);
    expect(edited.revs).toEqual([
      resolved.rev,
      deletedB.rev,
      b.rev,
      deletedBase.rev,
      base.rev,
    ]);
    const { record, tombstones } = chainForm(edited);
    expect(record.revs).toEqual([resolved.rev, deletedB.rev, b.rev, base.rev]);
    expect(tombstones.map((t) => t.revs)).toEqual([
      [deletedBase.rev, base.rev],
    ]);
  });

  it('trusts only the first link of a list that reached REVS_LIMIT', () => {
    // 100 revs, one generation of them twice: not one chain, and cut off.
    const revs = [
      rev(200, 'e'),
      ...Array.from({ length: 98 }, (_, i) => rev(199 - i, 'd')),
      rev(102, 'a'),
    ];
    const { record, tombstones } = chainForm({
      ...makeMeasure(),
      rev: rev(201, 'f'),
      revs,
    });
    expect(record.revs).toEqual([rev(200, 'e')]);
    expect(tombstones).toHaveLength(99);
    expect(tombstones.every((t) => t.revs.length === 1)).toBe(true);
  });
});

/**
 * Version-3 histories: edits, deletions and resolutions of several leaves
 * into one revision (reviseV3), with the true parents of every rev.
 */
interface History {
  versions: Measure[];
  parents: Map<string, string[]>;
}

const historyArb = fc
  .array(
    fc.record({
      kind: fc.constantFrom('edit', 'edit', 'delete', 'resolve', 'resolve'),
      from: fc.nat(),
      picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      title: fc.constantFrom('ก', 'ข', 'ค', 'ง'),
    }),
    { minLength: 3, maxLength: 25 },
  )
  .map((steps): History => {
    const base = makeMeasure();
    const versions: Measure[] = [base];
    const parents = new Map<string, string[]>([[base.rev, []]]);
    const add = (version: Measure, of: readonly Measure[]) => {
      if (parents.has(version.rev)) return;
      versions.push(version);
      parents.set(
        version.rev,
        of.map((p) => p.rev),
      );
    };
    for (const step of steps) {
      const from = versions[step.from % versions.length]!;
      if (step.kind === 'edit')
        add(reviseV3(from, { title: step.title }, T1), [from]);
      if (step.kind === 'delete') add(deleteRecord(from, T1), [from]);
      if (step.kind === 'resolve') {
        // The leaves of some versions, as a device that had them saw them.
        const seen = [
          from,
          ...step.picks.map((p) => versions[p % versions.length]!),
        ];
        const leaves = seen.filter(
          (v, i) =>
            seen.findIndex((w) => w.rev === v.rev) === i &&
            !seen.some((w) => w.revs.includes(v.rev)),
        );
        if (leaves.length < 2) continue;
        const { winner, losers } = toLeaves(leaves);
        add(reviseV3(winner, { title: step.title }, T1, { parents: losers }), [
          winner,
          ...losers,
        ]);
      }
    }
    return { versions, parents };
  });

/** Every rev a rev descends from, by the true parents. */
function ancestorsOf(history: History, of: string): Set<string> {
  const found = new Set<string>();
  const stack = [...(history.parents.get(of) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (found.has(next)) continue;
    found.add(next);
    stack.push(...(history.parents.get(next) ?? []));
  }
  return found;
}

/** Each link of `[rev, ...revs]` is a true child-to-parent link. */
function linksAreTrue(history: History, head: string, revs: readonly string[]) {
  [head, ...revs].slice(0, -1).forEach((child, i) => {
    expect(history.parents.get(child)).toContain(revs[i]);
  });
}

/** A version as it arrives from a file: in chain form, its tombstones after. */
const converted = (version: Measure) => {
  const { record, tombstones } = chainForm(version);
  return [record, ...tombstones];
};

describe('chainForm over version-3 histories', () => {
  it('keeps rev and content, makes one true chain, and loses no ancestor', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        for (const version of history.versions) {
          const form = chainForm(version);
          expect(chainForm(version)).toEqual(form);
          const { record, tombstones } = form;
          expect({ ...record, revs: version.revs }).toEqual(version);
          expect(isRevChain(record.rev, record.revs)).toBe(true);
          linksAreTrue(history, record.rev, record.revs);
          const kept = new Set(record.revs);
          for (const tombstone of tombstones) {
            expect(tombstone).toMatchObject({ id: version.id, deleted: true });
            expect(contentOf(tombstone)).toEqual(contentOf(version));
            expect(isRevChain(tombstone.rev, tombstone.revs)).toBe(true);
            linksAreTrue(history, tombstone.revs[0]!, tombstone.revs.slice(1));
            expect(version.revs).toContain(tombstone.revs[0]);
            for (const r of tombstone.revs) kept.add(r);
            expect(chainForm(tombstone).tombstones).toEqual([]);
          }
          expect([...kept].sort()).toEqual([...new Set(version.revs)].sort());
          expect(chainForm(record).record).toBe(record);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('an old version arriving later reopens nothing, here as in PouchDB', () => {
    fc.assert(
      fc.property(
        historyArb.chain((history) =>
          fc.tuple(
            fc.constant(history),
            fc.nat({ max: history.versions.length - 1 }),
            fc.shuffledSubarray(history.versions),
          ),
        ),
        ([history, at, arriving]) => {
          const held = history.versions[at]!;
          const older = ancestorsOf(history, held.rev);
          const stored: Leaves<Measure> = chainFormOfLeaves(toLeaves([held]));
          const pouch = new PouchTree().addAll([
            stored.winner,
            ...stored.losers,
          ]);
          const versions = arriving
            .filter((v) => older.has(v.rev))
            .flatMap(converted);
          const leaves = mergeAll(
            new Map([[held.id, stored]]),
            versions,
          ).state.get(held.id)!;
          pouch.addAll(versions);
          // Its tombstones are deleted: it stays the one shown (when every
          // leaf is deleted, CouchDB's pick among them may be a tombstone).
          if (!held.deleted) expect(leaves.winner.rev).toBe(held.rev);
          expect(openLosers(leaves)).toEqual([]);
          expect(pouch.conflicts()).toEqual([]);
          expect(pouch.winner()).toBe(leaves.winner.rev);
          expect(
            [leaves.winner, ...leaves.losers].map((v) => v.rev).sort(),
          ).toEqual(pouch.leaves());
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('every device converts the same stored leaves alike, whatever their order', () => {
    fc.assert(
      fc.property(
        historyArb.chain((history) => {
          const maximal = history.versions.filter(
            (v) => !history.versions.some((w) => w.revs.includes(v.rev)),
          );
          return fc.tuple(
            fc.constant(maximal),
            fc.shuffledSubarray(maximal, { minLength: maximal.length }),
          );
        }),
        ([leaves, shuffled]) => {
          const one = chainFormOfLeaves(toLeaves(leaves));
          expect(chainFormOfLeaves(toLeaves(shuffled))).toEqual(one);
          // Converting twice changes nothing more.
          expect(chainFormOfLeaves(one)).toBe(one);
          for (const v of [one.winner, ...one.losers])
            expect(isRevChain(v.rev, v.revs)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});
