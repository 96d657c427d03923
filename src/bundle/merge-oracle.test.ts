/**
 * The app's merge against PouchDB's own (pouchdb-merge, the oracle): over
 * generated histories of several devices editing, deleting, undoing,
 * exchanging in random orders and resolving conflicts, each device's winner,
 * leaves and open conflicts equal those of a CouchDB rev tree that was
 * given the same versions (testing/pouch-oracle.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  createRecord,
  deleteRecord,
  isRevChain,
  reviseRecord,
  type Content,
} from '@/domain/revision';
import type {
  Approval,
  Measure,
  Revisioned,
  RoundDeadline,
} from '@/domain/types';
import { PouchTree } from '@/testing/pouch-oracle';
import { makeMeasure, T0 } from '@/testing/records';

import { mergeAll, openLosers, type Leaves } from './merge';
import type { RecordKind } from './record-schemas';
import { resolveConflict } from './resolve';

const T1 = '2025-03-01T00:00:00.000Z';
const base = makeMeasure();

interface Device {
  leaves: Leaves<Measure> | undefined;
  pouch: PouchTree;
}

type Step =
  | { op: 'edit'; device: number; title: string }
  | { op: 'delete' | 'undo'; device: number }
  | { op: 'exchange'; from: number; to: number }
  | { op: 'resolve'; device: number; picks: number[] };

const DEVICES = 3;
const device = fc.nat({ max: DEVICES - 1 });
// Few titles, so two devices often make the very same edit (the same rev).
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('edit' as const),
      device,
      title: fc.constantFrom('ก', 'ข', 'ค'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constantFrom('delete' as const, 'undo' as const),
      device,
    }),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(device, fc.integer({ min: 1, max: DEVICES - 1 }))
      .map(([from, shift]) => ({
        op: 'exchange' as const,
        from,
        to: (from + shift) % DEVICES,
      })),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('resolve' as const),
      device,
      picks: fc.array(fc.nat({ max: 3 }), { minLength: 2, maxLength: 2 }),
    }),
  },
);

const historyArb = fc.array(stepArb, {
  minLength: 5,
  maxLength: 40,
  size: 'large',
});

const versionsOf = (leaves: Leaves<Measure> | undefined) =>
  leaves ? [leaves.winner, ...leaves.losers] : [];

/** Versions arriving at a device, as a bundle import or a local write. */
function receive(target: Device, versions: readonly Measure[]) {
  const stored = new Map(target.leaves ? [[base.id, target.leaves]] : []);
  target.leaves = mergeAll(stored, versions).state.get(base.id);
  target.pouch.addAll(versions);
}

const contentOf = (record: Measure): Content<Measure> => {
  const { id, rev, revs, createdAt, updatedAt, deleted, ...content } = record;
  void [id, rev, revs, createdAt, updatedAt, deleted];
  return content;
};

/** What a person on the device does; nothing when the step does not apply. */
function written(at: Device, step: Step): Measure[] {
  const leaves = at.leaves;
  if (!leaves || step.op === 'exchange') return [];
  const { winner } = leaves;
  if (step.op === 'edit' && !winner.deleted)
    return [reviseRecord(winner, { title: step.title }, T1)];
  if (step.op === 'delete' && !winner.deleted)
    return [deleteRecord(winner, T1)];
  if (step.op === 'undo' && winner.deleted)
    return [reviseRecord(winner, {}, T1)];
  const open = [winner, ...openLosers(leaves)];
  if (step.op === 'resolve' && open.length > 1) {
    // Fields mixed from the versions shown, as the conflict screen allows.
    const [titleFrom = 0, outcomeFrom = 0] = step.picks;
    const title = open[titleFrom % open.length]!;
    const outcome = open[outcomeFrom % open.length]!;
    return resolveConflict(
      leaves,
      { ...contentOf(title), expectedOutcome: outcome.expectedOutcome },
      T1,
    );
  }
  return [];
}

function run(
  steps: readonly Step[],
  afterEach: (devices: readonly Device[]) => void = () => {},
): Device[] {
  const devices: Device[] = Array.from({ length: DEVICES }, () => ({
    leaves: undefined,
    pouch: new PouchTree(),
  }));
  // The record was made on one device and sent to the others.
  for (const d of devices) receive(d, [base]);
  for (const step of steps) {
    if (step.op === 'exchange') {
      // An export carries every leaf: the records, then `conflicts`.
      const from = devices[step.from]!;
      if (step.from !== step.to)
        receive(devices[step.to]!, versionsOf(from.leaves));
    } else {
      const at = devices[step.device]!;
      receive(at, written(at, step));
    }
    afterEach(devices);
  }
  return devices;
}

/** What the app holds, in the oracle's terms. */
function appView(leaves: Leaves<Measure> | undefined) {
  if (!leaves) return { winner: undefined, leaves: [], conflicts: [] };
  return {
    winner: leaves.winner.rev,
    leaves: versionsOf(leaves)
      .map((v) => v.rev)
      .sort(),
    conflicts: openLosers(leaves)
      .map((v) => v.rev)
      .sort(),
  };
}

function pouchView(pouch: PouchTree, empty: boolean) {
  if (empty) return { winner: undefined, leaves: [], conflicts: [] };
  return {
    winner: pouch.winner(),
    leaves: pouch.leaves(),
    conflicts: pouch.conflicts(),
  };
}

/** Every device gives every other all it has, until nothing changes. */
function exchangeAll(devices: Device[]) {
  for (let round = 0; round < 2; round++)
    for (const from of devices)
      for (const to of devices)
        if (from !== to) receive(to, versionsOf(from.leaves));
}

describe('the merge, against PouchDB (pouchdb-merge as the oracle)', () => {
  it('gives every device, after every step, the winner, leaves and conflicts PouchDB gives', () => {
    fc.assert(
      fc.property(historyArb, (steps) => {
        run(steps, (devices) => {
          for (const d of devices) {
            expect(appView(d.leaves)).toEqual(pouchView(d.pouch, !d.leaves));
            for (const v of versionsOf(d.leaves))
              expect(isRevChain(v.rev, v.revs)).toBe(true);
          }
        });
      }),
      { numRuns: 250 },
    );
  }, 30_000);

  it('ends every device with the same data once all have exchanged', () => {
    fc.assert(
      fc.property(historyArb, (steps) => {
        const devices = run(steps);
        exchangeAll(devices);
        const [first, ...others] = devices.map((d) => appView(d.leaves));
        for (const other of others) expect(other).toEqual(first);
        for (const d of devices)
          expect(appView(d.leaves)).toEqual(pouchView(d.pouch, !d.leaves));
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('a conflict resolved on one device is closed on every device it reaches, there as in PouchDB', () => {
    fc.assert(
      fc.property(
        historyArb,
        fc.nat({ max: DEVICES - 1 }),
        (steps, resolver) => {
          const devices = run(steps);
          exchangeAll(devices);
          const at = devices[resolver]!;
          receive(
            at,
            written(at, { op: 'resolve', device: resolver, picks: [1, 0] }),
          );
          exchangeAll(devices);
          for (const d of devices) {
            expect(appView(d.leaves).conflicts).toEqual([]);
            expect(d.pouch.conflicts()).toEqual([]);
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);

  it('two devices, edited apart, resolved on one: closed on both, identical', () => {
    const devices = run([
      { op: 'exchange', from: 0, to: 1 },
      { op: 'edit', device: 0, title: 'ก' },
      { op: 'edit', device: 1, title: 'ข' },
      { op: 'exchange', from: 0, to: 1 },
      { op: 'exchange', from: 1, to: 0 },
    ]);
    const [a, b] = devices as [Device, Device];
    expect(appView(a.leaves).conflicts).toHaveLength(1);
    expect(appView(b.leaves)).toEqual(appView(a.leaves));
    receive(a, written(a, { op: 'resolve', device: 0, picks: [1, 1] }));
    expect(appView(a.leaves).conflicts).toEqual([]);
    receive(b, versionsOf(a.leaves));
    expect(appView(b.leaves)).toEqual(appView(a.leaves));
    expect(appView(b.leaves).conflicts).toEqual([]);
    expect(pouchView(b.pouch, false)).toEqual(appView(b.leaves));
    // The resolution is a child of the winner; the loser has a tombstone.
    const { winner, losers } = b.leaves!;
    expect(winner.revs).toHaveLength(2);
    expect(losers.map((l) => l.deleted)).toEqual([true]);
  });
});

describe('the records of a round, against PouchDB: a deadline and an approval', () => {
  /** The app's and PouchDB's winner, leaves and open conflicts of the same versions. */
  function bothViews<T extends Revisioned>(
    kind: RecordKind,
    versions: readonly T[],
  ) {
    const [first] = versions;
    const leaves = mergeAll(new Map(), versions).state.get(first!.id)!;
    const pouch = new PouchTree(kind).addAll(versions);
    return {
      app: {
        winner: leaves.winner.rev,
        leaves: [leaves.winner, ...leaves.losers].map((v) => v.rev).sort(),
        conflicts: openLosers(leaves)
          .map((v) => v.rev)
          .sort(),
      },
      pouch: {
        winner: pouch.winner(),
        leaves: pouch.leaves(),
        conflicts: pouch.conflicts(),
      },
      leaves,
    };
  }

  it('a due date set on two laptops: the same date one version, another date a conflict', () => {
    const id = 'deadline-2568-six-month';
    const here = createRecord<RoundDeadline>(
      { fiscalYear: 2568, round: 'six-month', due: '2025-04-30' },
      id,
      T0,
    );
    const sameThere = createRecord<RoundDeadline>(
      { fiscalYear: 2568, round: 'six-month', due: '2025-04-30' },
      id,
      T1,
    );
    const otherThere = createRecord<RoundDeadline>(
      { fiscalYear: 2568, round: 'six-month', due: '2025-04-15' },
      id,
      T1,
    );
    const same = bothViews('deadlines', [here, sameThere]);
    expect(same.app).toEqual(same.pouch);
    expect(same.app.leaves).toHaveLength(1);
    const apart = bothViews('deadlines', [here, otherThere]);
    expect(apart.app).toEqual(apart.pouch);
    expect(apart.app.conflicts).toHaveLength(1);
  });

  it('an approval reopened and approved again on one laptop, reopened for another reason on a second: the conflict PouchDB keeps', () => {
    const approved = createRecord<Approval>(
      {
        officeId: 'office-1',
        fiscalYear: 2568,
        round: 'annual',
        approver: { name: 'นายสมชาย ใจดี', position: 'นายก' },
        approvedAt: T0,
        language: 'th',
        digits: 'thai',
        measureIds: ['m-1'],
        updates: [],
        cells: [{ measureId: 'm-1', column: 'result', text: 'ก' }],
        sha256: '0'.repeat(64),
      },
      'office-1:2568:annual',
      T0,
    );
    const reopen = (reason: string) =>
      reviseRecord(approved, { reopened: { at: T1, by: 'ก', reason } }, T1);
    const reopenedHere = reopen('แก้ผลมาตรการที่ ๑');
    const { reopened: _dropped, ...kept } = reopenedHere;
    void _dropped;
    const approvedAgain = reviseRecord(
      kept as Approval,
      { approvedAt: T1 },
      T1,
    );
    const reopenedThere = reopen('ขอแก้ข้อเสนอแนะ');
    const views = bothViews('approvals', [
      approved,
      reopenedHere,
      approvedAgain,
      reopenedThere,
    ]);
    expect(views.app).toEqual(views.pouch);
    expect(views.app.conflicts).toHaveLength(1);
    // The reopening stays in the history of the approval approved again.
    expect(approvedAgain.revs[0]).toBe(reopenedHere.rev);
    expect(approvedAgain.revs.at(-1)).toBe(approved.rev);
  });
});
