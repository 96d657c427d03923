// Schema v6 (issue 12) adds the journal and the kept bodies of replaced
// versions. A database of the v5 shape, as the app of issue 11 wrote it,
// opens at v6 with every record, conflict, draft and setting as it was;
// the journal begins with the first change after it.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { toLeaves } from '@/bundle/merge';
import { createRecord, reviseRecord } from '@/domain/revision';
import type { Measure, Office, ProgressUpdate } from '@/domain/types';
import {
  makeMeasureInput,
  makeOfficeFields,
  makeUpdateInput,
} from '@/testing/factories';
import { summariesStoredAndFromScratch } from '@/testing/summaries';

import { db, DB_NAME } from './app-db';
import { getConflict, listConflicts, resolveConflictWith } from './conflicts';
import { unexportedSince } from './export-state';
import { recordHistory } from './history';
import { createMeasure, listMeasures } from './measures';
import { readChanges } from './write/journal';

/** The stores of schema v5, as issue 11 shipped them (v4's: v5 changed no store). */
const V5_STORES = {
  offices: 'id',
  measures: 'id, [officeId+fiscalYear]',
  settings: 'key',
  drafts: 'key',
  conflicts: '[recordId+rev], recordId, kind',
  imports: 'id, at',
  summaries: 'measureId, [officeId+fiscalYear], fiscalYear',
  updateGroups: 'measureId, officeId',
};

/**
 * An office, a measure edited apart on two laptops (the winner stored, the
 * other side kept in conflict), an update, a draft and the export mark.
 */
function v5Data() {
  const office = createRecord<Office>(
    makeOfficeFields(),
    'office-1',
    '2025-01-01T00:00:00.000Z',
  );
  const base = createRecord<Measure>(
    { ...makeMeasureInput(), officeId: office.id, fiscalYear: 2568, order: 1 },
    'measure-1',
    '2025-01-02T00:00:00.000Z',
  );
  const sides = [
    reviseRecord(base, { title: 'แก้ที่นี่' }, '2025-01-03T00:00:00.000Z'),
    reviseRecord(base, { title: 'แก้ที่อื่น' }, '2025-01-03T00:00:00.000Z'),
  ];
  const { winner, losers } = toLeaves(sides);
  const loser = losers[0] as Measure;
  const update = createRecord<ProgressUpdate>(
    { ...makeUpdateInput(), measureId: base.id, officeId: office.id },
    'update-1',
    '2025-01-04T00:00:00.000Z',
  );
  const rows = {
    offices: [office],
    measures: [winner],
    updateGroups: [
      { measureId: base.id, officeId: office.id, updates: [update] },
    ],
    conflicts: [
      {
        kind: 'measures',
        recordId: base.id,
        rev: loser.rev,
        record: loser,
        origins: { [winner.rev]: { from: 'device' } },
      },
    ],
    summaries: [
      {
        measureId: base.id,
        officeId: office.id,
        fiscalYear: 2568,
        latest: { date: update.date, status: update.status, percent: 50 },
        updateCount: 1,
        rounds: ['annual', 'six-month'],
      },
    ],
    drafts: [
      {
        key: `measure:${base.id}`,
        values: { title: 'กำลังพิมพ์' },
        savedAt: '2025-02-01T00:00:00.000Z',
      },
    ],
    settings: [
      { key: 'officeId', value: office.id },
      { key: 'unexportedSince', value: '2025-01-20T00:00:00.000Z' },
    ],
    imports: [],
  };
  return { office, winner, loser, rows };
}

/** The app's database replaced by one of the v5 (or v4) shape holding `rows`. */
async function storeAsV5(rows: Record<string, unknown[]>, version = 5) {
  db.close();
  await Dexie.delete(DB_NAME);
  const v5 = new Dexie(DB_NAME);
  v5.version(version).stores(V5_STORES);
  await v5.open();
  for (const [table, content] of Object.entries(rows))
    await v5.table(table).bulkPut(content);
  v5.close();
}

const tablesOfV5 = () =>
  Promise.all(Object.keys(V5_STORES).map((name) => db.table(name).toArray()));

describe('the upgrade to schema v6', () => {
  beforeEach(() => {
    // In FY2568, so the bodies of its versions are kept.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-02-10T03:00:00.000Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('keeps every record, conflict, draft and setting; the journal begins empty', async () => {
    const { rows } = v5Data();
    await storeAsV5(rows);
    await db.open();
    expect(db.verno).toBe(12);
    expect(await tablesOfV5()).toEqual(
      Object.keys(V5_STORES).map((name) => rows[name as keyof typeof rows]),
    );
    expect(await db.journal.count()).toBe(0);
    expect(await db.history.count()).toBe(0);
  });

  it('from a v4 database too: the same, with summaries counted again by the one rule (v5)', async () => {
    const { rows } = v5Data();
    const [summary] = rows.summaries;
    // v4 counted the rounds the updates' `round` field named.
    await storeAsV5(
      { ...rows, summaries: [{ ...summary, rounds: ['six-month'] }] },
      4,
    );
    await db.open();
    expect(db.verno).toBe(12);
    // Counted again, a summary also keeps each round's last date (issue 13).
    const recounted = {
      ...rows,
      summaries: [
        {
          ...summary,
          roundDates: { 'six-month': '2025-01-15', annual: '2025-01-15' },
        },
      ],
    };
    expect(await tablesOfV5()).toEqual(
      Object.keys(V5_STORES).map(
        (name) => recounted[name as keyof typeof recounted],
      ),
    );
    expect(await db.journal.count()).toBe(0);
  });

  it('then journals each change, resolves the conflict kept before and still reminds to export', async () => {
    const { office, winner, loser, rows } = v5Data();
    await storeAsV5(rows);
    await db.open();
    expect(await unexportedSince()).toBe('2025-01-20T00:00:00.000Z');
    // The versions stored before have a history too, by their own dates
    // (the same here: the one shown first).
    expect(
      (await recordHistory('measures', { id: winner.id })).map((v) => [
        v.rev,
        v.state,
        v.cause,
      ]),
    ).toEqual([
      [winner.rev, 'current', undefined],
      [loser.rev, 'conflict', undefined],
    ]);

    const conflict = await getConflict('measures', winner.id);
    expect(conflict?.versions.map((v) => v.rev)).toEqual([
      winner.rev,
      loser.rev,
    ]);
    const { title } = loser;
    const resolved = await resolveConflictWith('measures', winner.id, {
      ...makeMeasureInput(),
      title,
      officeId: office.id,
      fiscalYear: 2568,
      order: 1,
    });
    const added = await createMeasure(office.id, 2568, makeMeasureInput());
    const { entries } = await readChanges(0);
    // The resolution and the tombstone closing the other side (CouchDB's
    // way, schema v7), then the edit.
    const [tombstone] = await db.conflicts.toArray();
    expect(tombstone?.record).toMatchObject({ deleted: true });
    expect(entries.map((e) => [e.seq, e.cause, e.id, e.rev])).toEqual([
      [1, 'resolve', winner.id, resolved.rev],
      [2, 'resolve', winner.id, tombstone?.rev],
      [3, 'edit', added.id, added.rev],
    ]);
    expect(await listConflicts()).toEqual([]);
    expect((await listMeasures(office.id, 2568)).map((m) => m.title)).toEqual([
      title,
      added.title,
    ]);
    // The replaced winner's body is kept for its history.
    expect(
      (await db.history.toArray()).map((r) => [r.recordId, r.rev]),
    ).toContainEqual([winner.id, winner.rev]);
    const { stored, expected } = await summariesStoredAndFromScratch();
    expect(stored).toEqual(expected);
    expect(await unexportedSince()).toBe('2025-01-20T00:00:00.000Z');
  });
});
