// Schema v7: a database of the v5 shape, holding what the app stored until
// issue 12 (a conflict resolution as one revision of several parents), is
// upgraded in place: every version is then one chain, nothing is lost, and
// what is open, shown or typed stays as it was.
import { readFileSync } from 'node:fs';

import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { chainForm } from '@/bundle/chain-form';
import { summarize } from '@/domain/measure-summary';
import { deleteRecord, isRevChain, reviseRecord } from '@/domain/revision';
import type {
  Measure,
  Office,
  ProgressUpdate,
  Revisioned,
} from '@/domain/types';
import { wholeFiles } from '@/testing/bundle-files';
import { openAtVersion } from '@/testing/old-schemas';
import { makeMeasure, makeOffice, makeUpdate } from '@/testing/records';
import { resetDb } from '@/testing/reset-db';
import { reviseV3 } from '@/testing/v3-revisions';

import {
  AppDB,
  db,
  DB_NAME,
  groupUpdates,
  type ConflictRow,
  type UpdateGroup,
} from './app-db';
import { listConflicts } from './conflicts';
import { applyImport } from './exchange/import-bundles';
import { openConflictCount } from './measure-conflicts';

const NAME = 'ita-tracker-v5';
const T1 = '2025-02-01T00:00:00.000Z';
const T2 = '2025-02-10T00:00:00.000Z';

/** The stores of schema v5, as the app declared them until issue 12. */
async function openV5(name = NAME) {
  const v5 = await openAtVersion(name, 5);
  return v5;
}

async function upgrade() {
  const upgraded = new AppDB(NAME);
  await upgraded.open();
  return upgraded;
}

/** Two edits made apart on top of `base`, resolved as version 3 did. */
function resolvedV3<T extends Revisioned>(
  base: T,
  a: Partial<T>,
  b: Partial<T>,
  chosen: Partial<T>,
  options: { deleted?: boolean } = {},
) {
  const sideA = reviseV3(base, a, T1);
  const sideB = reviseV3(base, b, T1);
  const resolved = reviseV3(sideA, chosen, T2, {
    parents: [sideB],
    ...options,
  });
  return { base, sideA, sideB, resolved };
}

type Stored = Awaited<ReturnType<typeof everything>>;

async function everything(database: Dexie) {
  const [offices, measures, groups, conflicts, summaries] = await Promise.all([
    database.table<Office>('offices').toArray(),
    database.table<Measure>('measures').toArray(),
    database.table<UpdateGroup>('updateGroups').toArray(),
    database.table<ConflictRow>('conflicts').toArray(),
    database.table('summaries').toArray(),
  ]);
  const [settings, drafts, imports] = await Promise.all(
    ['settings', 'drafts', 'imports'].map((t) => database.table(t).toArray()),
  );
  return {
    offices,
    measures,
    groups,
    updates: groups.flatMap((g) => g.updates),
    conflicts,
    summaries,
    settings,
    drafts,
    imports,
  };
}

/** Every version stored, winners and kept losers. */
const versionsOf = (stored: Stored): Revisioned[] => [
  ...stored.offices,
  ...stored.measures,
  ...stored.updates,
  ...stored.conflicts.map((row) => row.record),
];

/** Every rev a record's stored versions are or descend from, by id. */
function knownRevs(stored: Stored) {
  const known = new Map<string, Set<string>>();
  for (const v of versionsOf(stored))
    known.set(v.id, new Set([...(known.get(v.id) ?? []), v.rev, ...v.revs]));
  return known;
}

describe('the upgrade to schema v7: stored revisions as one chain', () => {
  afterEach(async () => {
    await Dexie.delete(NAME);
    await resetDb();
  });

  it('converts multi-parent versions in place, losing no record, rev, conflict or draft', async () => {
    const office = resolvedV3(
      makeOffice('o1'),
      { district: 'ก' },
      { district: 'ข' },
      { district: 'ค' },
    );
    // m1: resolved here in version 3, the shown version.
    const m1 = resolvedV3(
      makeMeasure('m1', 'o1'),
      { title: 'ก' },
      { title: 'ข' },
      { title: 'ค' },
    );
    // m2: resolved on another laptop, and edited here from one side before
    // that resolution arrived: an open conflict, of a live multi-parent loser.
    const m2 = resolvedV3(
      makeMeasure('m2', 'o1'),
      { title: 'ก' },
      { title: 'ข' },
      { title: 'ค' },
    );
    const edited = reviseRecord(m2.sideA, { title: 'ง' }, T2);
    const [m2Winner, m2Loser] = [edited, m2.resolved].sort((x, y) =>
      x.rev < y.rev ? 1 : -1,
    ) as [Measure, Measure];
    // m3: resolved as a deletion (version 3 allowed it), deleted since.
    const m3 = resolvedV3(
      makeMeasure('m3', 'o1'),
      { title: 'ก' },
      { title: 'ข' },
      {},
      { deleted: true },
    );
    // An update of m1 resolved in version 3, and one never in conflict.
    const u1 = resolvedV3(
      makeUpdate('u1', 'm1', 'o1'),
      { percent: 60 },
      { percent: 70 },
      { percent: 80 },
    );
    const u2 = makeUpdate('u2', 'm1', 'o1');
    const origins = {
      [m2.resolved.rev]: { from: 'device' as const },
      [edited.rev]: { from: 'device' as const },
    };

    // The app's own database, so its queries read it once upgraded.
    db.close();
    await Dexie.delete(DB_NAME);
    const v5 = await openV5(DB_NAME);
    await v5.table('offices').put(office.resolved);
    await v5
      .table('measures')
      .bulkPut([m1.resolved, m2Winner, m3.resolved, makeMeasure('m4', 'o1')]);
    await v5.table('updateGroups').bulkPut(groupUpdates([u1.resolved, u2]));
    await v5.table('conflicts').put({
      kind: 'measures',
      recordId: 'm2',
      rev: m2Loser.rev,
      record: m2Loser,
      origins,
    });
    await v5.table('summaries').put(summarize(m1.resolved, [u1.resolved, u2]));
    await v5.table('settings').put({ key: 'officeId', value: 'o1' });
    await v5.table('drafts').put({
      key: 'measure:m2',
      values: { title: 'กำลังพิมพ์' },
      savedAt: T2,
    });
    const before = await everything(v5);
    v5.close();

    await db.open();
    expect(db.verno).toBe(12);
    const after = await everything(db);

    // Every version is one chain, and every rev known before still is.
    for (const v of versionsOf(after))
      expect(isRevChain(v.rev, v.revs)).toBe(true);
    const known = knownRevs(after);
    for (const [id, revs] of knownRevs(before))
      for (const rev of revs) expect(known.get(id)).toContain(rev);

    // A shown resolution keeps its rev and content, its revs one chain; the
    // sides its chain leaves off get deleted children, kept as losers.
    for (const r of [office.resolved, m1.resolved]) {
      const { record, tombstones } = chainForm(r as Revisioned);
      const table = r.id === 'o1' ? after.offices : after.measures;
      expect(table.find((x) => x.id === r.id)).toEqual(record);
      expect(tombstones.length).toBeGreaterThan(0);
      expect(after.conflicts.filter((row) => row.recordId === r.id)).toEqual(
        expect.arrayContaining(
          tombstones.map((t) =>
            expect.objectContaining({ rev: t.rev, record: t }),
          ),
        ),
      );
    }
    // The update too, in its measure's row, beside the other, in id order.
    expect(after.groups).toHaveLength(1);
    expect(after.groups[0]?.updates).toEqual([
      chainForm(u1.resolved).record,
      u2,
    ]);
    expect(after.conflicts.map((r) => r.recordId)).toContain('u1');

    // m2's conflict stays open (its loser converted, its origins kept), the
    // other conflicts are closed: only the tombstones are new, all deleted.
    const open = after.conflicts.filter((row) => !row.record.deleted);
    expect(open).toEqual([
      {
        kind: 'measures',
        recordId: 'm2',
        rev: m2Loser.rev,
        record: chainForm(m2Loser).record,
        origins,
      },
    ]);
    expect(after.measures.find((m) => m.id === 'm2')).toEqual(
      chainForm(m2Winner).record,
    );
    expect(await openConflictCount()).toBe(1);
    const [conflict, ...more] = await listConflicts();
    expect(more).toEqual([]);
    expect(conflict?.recordId).toBe('m2');
    expect(conflict?.versions.map((v) => v.rev)).toEqual([
      m2Winner.rev,
      m2Loser.rev,
    ]);
    const m3After = [
      ...after.measures.filter((m) => m.id === 'm3'),
      ...after.conflicts
        .filter((r) => r.recordId === 'm3')
        .map((r) => r.record),
    ];
    expect(m3After.every((v) => v.deleted)).toBe(true);
    expect(m3After.map((v) => v.rev)).toContain(m3.resolved.rev);

    // Untouched: the record in no conflict, summaries, drafts, settings.
    expect(after.measures.find((m) => m.id === 'm4')).toEqual(
      makeMeasure('m4', 'o1'),
    );
    expect(after.summaries).toEqual(before.summaries);
    expect(after.drafts).toEqual(before.drafts);
    expect(after.settings).toEqual(before.settings);
    expect(after.imports).toEqual(before.imports);
    expect(after.offices).toHaveLength(1);
    expect(after.measures).toHaveLength(4);
    expect(after.updates).toHaveLength(2);
  });

  it('keeps the losing versions of a record whose winner is gone, converted too', async () => {
    const lost = resolvedV3(
      makeMeasure('m9', 'o1'),
      { title: 'ก' },
      { title: 'ข' },
      { title: 'ค' },
    );
    const v5 = await openV5();
    await v5.table('conflicts').put({
      kind: 'measures',
      recordId: 'm9',
      rev: lost.resolved.rev,
      record: lost.resolved,
    });
    v5.close();

    const upgraded = await upgrade();
    const rows = await upgraded.table<ConflictRow>('conflicts').toArray();
    upgraded.close();
    const { record, tombstones } = chainForm(lost.resolved);
    expect(rows.map((r) => r.record)).toEqual(
      expect.arrayContaining([record, ...tombstones]),
    );
    expect(rows).toHaveLength(1 + tombstones.length);
    expect(rows.every((r) => isRevChain(r.record.rev, r.record.revs))).toBe(
      true,
    );
  });

  it('a deleted update stays deleted, and a database of chains only is left as it was', async () => {
    const office = makeOffice('o1');
    const measure = makeMeasure('m1', 'o1');
    const update = deleteRecord(makeUpdate('u1', 'm1', 'o1'), T1);
    const v5 = await openV5();
    await v5.table('offices').put(office);
    await v5.table('measures').put(measure);
    await v5.table('updateGroups').bulkPut(groupUpdates([update]));
    await v5.table('summaries').put(summarize(measure, [update]));
    const before = await everything(v5);
    v5.close();

    const upgraded = await upgrade();
    const after = await everything(upgraded);
    upgraded.close();
    expect(after).toEqual(before);
  });

  describe('from what the app stored of the real version-3 file', () => {
    beforeEach(resetDb);

    it('ends with what importing that file now gives', async () => {
      const text = readFileSync(
        new URL('../bundle/fixtures/bundle-v3-resolved.json', import.meta.url),
        'utf8',
      );
      const v3 = JSON.parse(text) as {
        offices: Office[];
        measures: Measure[];
        updates: ProgressUpdate[];
      };
      const v5 = await openV5();
      await v5.table('offices').bulkPut(v3.offices);
      await v5.table('measures').bulkPut(v3.measures);
      const byId = [...v3.updates].sort((a, b) => (a.id < b.id ? -1 : 1));
      await v5.table('updateGroups').bulkPut(groupUpdates(byId));
      v5.close();
      const upgraded = await upgrade();
      const here = await everything(upgraded);
      upgraded.close();

      await applyImport(wholeFiles([text]));
      const imported = await everything(db);
      const byRev = (rows: ConflictRow[]) =>
        rows.map((r) => r.record).sort((a, b) => (a.rev < b.rev ? -1 : 1));
      expect(here.offices).toEqual(imported.offices);
      expect(here.measures).toEqual(imported.measures);
      expect(here.updates).toEqual(imported.updates);
      expect(here.conflicts.length).toBeGreaterThan(0);
      expect(byRev(here.conflicts)).toEqual(byRev(imported.conflicts));
    });
  });
});
