import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { deleteRecord, isRevChain, reviseRecord } from '@/domain/revision';
import type { Measure } from '@/domain/types';
import { editTitle, makeMeasure } from '@/testing/records';

import {
  mergeAll,
  mergeRecord,
  openLosers,
  toLeaves,
  type Leaves,
} from './merge';
import { resolveConflict } from './resolve';

const base = makeMeasure();
const revs = (leaves: Leaves<Measure> | undefined) =>
  leaves ? [leaves.winner.rev, ...leaves.losers.map((l) => l.rev)] : [];

describe('mergeRecord', () => {
  const a = editTitle(base, 'แก้ที่ ก');
  const b = editTitle(base, 'แก้ที่ ข');

  it('adds a record it has never seen', () => {
    expect(mergeRecord(undefined, base)).toEqual({
      kind: 'added',
      next: { winner: base, losers: [] },
    });
  });

  it('does nothing for the same revision', () => {
    const stored = toLeaves([a]);
    expect(mergeRecord(stored, a)).toEqual({ kind: 'unchanged', next: stored });
  });

  it('takes a version that descends from the stored one', () => {
    expect(mergeRecord(toLeaves([base]), a)).toEqual({
      kind: 'updated',
      next: toLeaves([a]),
    });
  });

  it('keeps what is stored when it descends from the incoming version', () => {
    const stored = toLeaves([a]);
    expect(mergeRecord(stored, base)).toEqual({ kind: 'stale', next: stored });
  });

  it('keeps both versions of an edit made apart, with the same winner either way', () => {
    const one = mergeRecord(toLeaves([a]), b);
    const other = mergeRecord(toLeaves([b]), a);
    expect(one.kind).toBe('conflict');
    expect(other.kind).toBe('conflict');
    expect(one.next.winner.rev).toBe(other.next.winner.rev);
    expect(new Set(revs(one.next))).toEqual(new Set([a.rev, b.rev]));
  });

  it('lets the higher generation win', () => {
    const a2 = editTitle(a, 'แก้ ก อีกครั้ง');
    expect(mergeRecord(toLeaves([b]), a2).next.winner.rev).toBe(a2.rev);
  });

  it('lets a live version beat a deletion, keeping the deletion as a leaf that is no open conflict', () => {
    const deleted = deleteRecord(editTitle(a, 'x'), T1);
    const outcome = mergeRecord(toLeaves([deleted]), b);
    expect(outcome.next.winner.rev).toBe(b.rev);
    expect(outcome.next.losers.map((l) => l.rev)).toEqual([deleted.rev]);
    // CouchDB lists only live leaves in `_conflicts`: nothing to resolve.
    expect(openLosers(outcome.next)).toEqual([]);
    expect(outcome.kind).toBe('updated');
    expect(mergeRecord(toLeaves([b]), deleted).kind).toBe('updated');
  });

  it('ends a conflict as CouchDB does: a child of the winner, a tombstone of each other side', () => {
    const conflict = mergeRecord(toLeaves([a]), b).next;
    const loser = conflict.losers[0]!;
    const [resolved, ...tombstones] = resolveConflict(
      conflict,
      { ...conflict.winner, title: 'ตกลงร่วมกัน' },
      T1,
    );
    // One parent each, so revs stays one chain of consecutive generations.
    expect(resolved.revs).toEqual([
      conflict.winner.rev,
      ...base.revs,
      base.rev,
    ]);
    expect(isRevChain(resolved.rev, resolved.revs)).toBe(true);
    expect(tombstones).toHaveLength(1);
    expect(tombstones[0]).toMatchObject({
      deleted: true,
      revs: [loser.rev, base.rev],
    });
    const here = mergeAll(new Map([[base.id, conflict]]), [
      resolved,
      ...tombstones,
    ]);
    const closed = here.state.get(base.id)!;
    expect(closed.winner.rev).toBe(resolved.rev);
    expect(closed.losers.map((l) => l.rev)).toEqual([tombstones[0]!.rev]);
    expect(openLosers(closed)).toEqual([]);
    expect(here.outcomes.map((o) => o.kind)).toEqual(['updated', 'updated']);
    // Elsewhere, where only one side was known, the conflict closes too.
    for (const side of [a, b]) {
      const there = mergeAll(new Map([[base.id, toLeaves([side])]]), [
        resolved,
        ...tombstones,
      ]).state.get(base.id)!;
      expect(there).toEqual(closed);
    }
    // And the old sides arriving later do not bring the conflict back.
    for (const side of [a, b, base])
      expect(mergeRecord(closed, side).kind).toBe('stale');
  });

  it('leaves deleted losers as they are when resolving', () => {
    const deleted = deleteRecord(editTitle(base, 'ค'), T1);
    const leaves = toLeaves([a, b, deleted]);
    const versions = resolveConflict(leaves, { ...leaves.winner }, T1);
    expect(versions.slice(1).map((t) => t.revs[0])).toEqual(
      openLosers(leaves).map((l) => l.rev),
    );
  });
});

const T1 = '2025-02-01T00:00:00.000Z';

/**
 * Generated histories: each step edits some existing version (a laptop that
 * had it), or resolves two versions into one. The result is every version
 * that ever existed; bundles are random selections of them.
 */
const historyArb = fc
  .array(
    fc.record({
      kind: fc.constantFrom('edit', 'edit', 'delete', 'resolve'),
      from: fc.nat(),
      other: fc.nat(),
      title: fc.string({ maxLength: 6 }),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((steps) => {
    const versions: Measure[] = [base];
    for (const step of steps) {
      const from = versions[step.from % versions.length]!;
      if (step.kind === 'edit')
        versions.push(reviseRecord(from, { title: step.title }, T1));
      if (step.kind === 'delete') versions.push(deleteRecord(from, T1));
      if (step.kind === 'resolve') {
        // As resolveConflict: a child of one side, a tombstone of the other.
        const other = versions[step.other % versions.length]!;
        versions.push(reviseRecord(from, { title: step.title }, T1));
        if (other.rev !== from.rev) versions.push(deleteRecord(other, T1));
      }
    }
    return [...new Map(versions.map((v) => [v.rev, v])).values()];
  });

const bundlesArb = historyArb.chain((versions) =>
  fc.tuple(
    fc.constant(versions),
    fc.array(fc.shuffledSubarray(versions, { minLength: 1 }), {
      minLength: 3,
      maxLength: 5,
    }),
  ),
);

function importAll(
  bundles: Measure[][],
  start = new Map<string, Leaves<Measure>>(),
) {
  return bundles.reduce(
    (state, bundle) => mergeAll(state, bundle).state,
    start,
  );
}

const snapshot = (state: Map<string, Leaves<Measure>>) => {
  const leaves = state.get(base.id);
  return { winner: leaves?.winner.rev, leaves: revs(leaves).sort() };
};

describe('merge properties', () => {
  it('importing the same bundle twice changes nothing', () => {
    fc.assert(
      fc.property(bundlesArb, ([, bundles]) => {
        const once = importAll(bundles);
        const twice = importAll(bundles, once);
        expect(snapshot(twice)).toEqual(snapshot(once));
        expect(
          mergeAll(once, bundles.flat()).outcomes.every(
            (o) => o.kind === 'unchanged' || o.kind === 'stale',
          ),
        ).toBe(true);
      }),
    );
  });

  it('any import order gives the same records and the same winner', () => {
    fc.assert(
      fc.property(
        bundlesArb.chain(([versions, bundles]) =>
          fc.tuple(
            fc.constant(versions),
            fc.constant(bundles),
            fc.shuffledSubarray(bundles, { minLength: bundles.length }),
          ),
        ),
        ([, bundles, reordered]) => {
          expect(snapshot(importAll(reordered))).toEqual(
            snapshot(importAll(bundles)),
          );
        },
      ),
    );
  });

  it('loses no revision: each is a leaf or an ancestor of one', () => {
    fc.assert(
      fc.property(bundlesArb, ([, bundles]) => {
        const leaves = importAll(bundles).get(base.id)!;
        const all = [leaves.winner, ...leaves.losers];
        for (const version of bundles.flat()) {
          const kept = all.some(
            (leaf) =>
              leaf.rev === version.rev || leaf.revs.includes(version.rev),
          );
          expect(kept).toBe(true);
        }
      }),
    );
  });

  it('the leaves are exactly the versions nothing else descends from', () => {
    fc.assert(
      fc.property(bundlesArb, ([, bundles]) => {
        const seen = [
          ...new Map(bundles.flat().map((v) => [v.rev, v])).values(),
        ];
        const maximal = seen.filter(
          (v) => !seen.some((w) => w.revs.includes(v.rev)),
        );
        expect(snapshot(importAll(bundles))).toEqual(
          snapshot(new Map([[base.id, toLeaves(maximal)]])),
        );
      }),
    );
  });
});
