// The one write path: every cause of a change lands in the journal with its
// fields, merges as bundle/merge.ts says and keeps summaries equal to a
// recompute. That it is one transaction: faults.test.ts.
import { readFileSync } from 'node:fs';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { toLeaves } from '@/bundle/merge';
import { planImport, type ReadyMeasure } from '@/domain/paste/import-plan';
import { parseReportText } from '@/domain/paste/parse-report-text';
import { reviseRecord, type Content } from '@/domain/revision';
import type { Measure } from '@/domain/types';
import {
  EXPORT_SOURCE,
  exportedText,
  wholeFiles,
} from '@/testing/bundle-files';
import {
  makeMeasureInput,
  makeOfficeFields,
  makeUpdateInput,
} from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';
import { summariesStoredAndFromScratch } from '@/testing/summaries';

import { db } from '../app-db';
import { listConflicts, resolveConflictWith } from '../conflicts';
import { copyMeasuresToYear } from '../copy-measures';
import { applyImport } from '../exchange/import-bundles';
import { importParsedMeasures } from '../import-measures';
import { loadExample } from '../load-example';
import {
  createMeasure,
  deleteMeasure,
  listMeasures,
  moveMeasure,
  restoreMeasure,
  updateMeasure,
} from '../measures';
import { createOffice } from '../offices';
import { setPersonName } from '../person';
import { createUpdate, deleteUpdate, restoreUpdate } from '../updates';
import { readChanges, type JournalEntry } from './journal';
import { writeChange } from './write-change';

const NOW = '2025-02-10T03:00:00.000Z';

async function journal(): Promise<JournalEntry[]> {
  const all: JournalEntry[] = [];
  for (let since = 0; ;) {
    const { entries, last } = await readChanges(since, 7);
    if (entries.length === 0) return all;
    all.push(...entries);
    since = last;
  }
}

async function expectSummariesFromScratch() {
  const { stored, expected } = await summariesStoredAndFromScratch();
  expect(stored).toEqual(expected);
}

const contentOf = (measure: Measure): Content<Measure> => {
  const { id, rev, revs, createdAt, updatedAt, deleted, ...content } = measure;
  void [id, rev, revs, createdAt, updatedAt, deleted];
  return content;
};

describe('writeChange: the journal', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
    await resetDb();
  });
  afterEach(() => vi.useRealTimers());

  it('journals each form edit: numbered in order, with time, cause, source, who, revs replaced', async () => {
    const office = await createOffice(makeOfficeFields());
    await setPersonName('  สมศรี ใจดี ');
    const measure = await createMeasure(office.id, 2568, makeMeasureInput());
    const edited = await updateMeasure(
      measure.id,
      makeMeasureInput({ title: 'แก้' }),
    );
    const update = await createUpdate(measure.id, makeUpdateInput());
    const entries = await journal();
    expect(entries).toEqual([
      {
        seq: 1,
        at: NOW,
        cause: 'edit',
        source: { from: 'device' },
        kind: 'offices',
        id: office.id,
        rev: office.rev,
        deleted: false,
      },
      {
        seq: 2,
        at: NOW,
        cause: 'edit',
        source: { from: 'device' },
        by: 'สมศรี ใจดี',
        kind: 'measures',
        id: measure.id,
        rev: measure.rev,
        deleted: false,
      },
      expect.objectContaining({
        seq: 3,
        kind: 'measures',
        rev: edited.rev,
        replaced: measure.rev,
      }),
      expect.objectContaining({
        seq: 4,
        kind: 'updates',
        id: update.id,
        rev: update.rev,
        measureId: measure.id,
      }),
    ]);
  });

  it('journals a delete as tombstones, and its undo as undo', async () => {
    const office = await createOffice(makeOfficeFields());
    const measure = await createMeasure(office.id, 2568, makeMeasureInput());
    const update = await createUpdate(measure.id, makeUpdateInput());
    const deletion = await deleteMeasure(measure.id);
    expect(await restoreMeasure(deletion!)).toBe(true);
    const removed = await deleteUpdate(update);
    expect(await restoreUpdate(removed!)).toBe(true);
    const tail = (await journal()).slice(3);
    expect(tail.map((e) => [e.cause, e.kind, e.deleted])).toEqual([
      ['edit', 'updates', true],
      ['edit', 'measures', true],
      ['undo', 'measures', false],
      ['undo', 'updates', false],
      ['edit', 'updates', true],
      ['undo', 'updates', false],
    ]);
    expect(tail[0]?.replaced).toBe(update.rev);
    await expectSummariesFromScratch();
  });

  it('journals a move, a paste, a copy to the next year and the example by their causes', async () => {
    await loadExample();
    const example = await journal();
    expect(new Set(example.map((e) => e.cause))).toEqual(new Set(['example']));
    // The office, 11 measures and their 11 updates, in one change.
    expect(example).toHaveLength(23);

    const [{ id: officeId } = { id: '' }] = await db.offices.toArray();
    // The first in the list, so the move changes its place: a measure
    // already at the sixth place would be left as it is, with no entry.
    const [first] = await listMeasures(officeId, 2568);
    await moveMeasure(first!.id, 5);
    await copyMeasuresToYear(officeId, 2568, 2569);
    const text = readFileSync(
      new URL(
        '../../domain/fixtures/ita-report-khunkaew-2568.txt',
        import.meta.url,
      ),
      'utf8',
    );
    const office = (await db.offices.get(officeId))!;
    const plan = planImport(
      parseReportText(text).measures as ReadyMeasure[],
      office.units,
      2570,
      {
        round: 'annual',
        status: 'completed',
        today: '2025-02-10',
        addUnits: new Set(),
      },
    );
    await importParsedMeasures(officeId, 2570, plan);
    const causes = (await journal()).slice(23).map((e) => e.cause);
    expect(causes.slice(0, 1)).toEqual(['edit']);
    expect(causes.filter((c) => c === 'copy')).toHaveLength(11);
    expect(causes.filter((c) => c === 'paste')).toHaveLength(22);
    await expectSummariesFromScratch();
  });

  it('journals an import with its file and the device that exported it', async () => {
    const office = await createOffice(makeOfficeFields());
    const measure = await createMeasure(office.id, 2568, makeMeasureInput());
    await createUpdate(measure.id, makeUpdateInput());
    const text = await exportedText();
    await resetDb();
    await applyImport(wholeFiles([text], ['สำนักปลัด.json']));
    const entries = await journal();
    expect(entries.map((e) => [e.seq, e.cause, e.kind])).toEqual([
      [1, 'import', 'offices'],
      [2, 'import', 'measures'],
      [3, 'import', 'updates'],
    ]);
    expect(entries[0]?.source).toEqual({
      from: 'file',
      file: 'สำนักปลัด.json',
      device: EXPORT_SOURCE.device,
      exportedAt: EXPORT_SOURCE.exportedAt,
    });
    // The same file again changes nothing, and journals nothing.
    await applyImport(wholeFiles([text]));
    expect(await journal()).toHaveLength(3);
    await expectSummariesFromScratch();
  });

  it('journals a resolution, and the conflict it resolved', async () => {
    const office = await createOffice(makeOfficeFields());
    const base = await createMeasure(office.id, 2568, makeMeasureInput());
    const apart = reviseRecord(base, { title: 'ที่อื่น' }, NOW);
    const here = await updateMeasure(
      base.id,
      makeMeasureInput({ title: 'ที่นี่' }),
    );
    // The other side arrives: a new leaf beside the stored one.
    await writeChange({ cause: 'import' }, (change) =>
      change.write({ measures: [apart] }),
    );
    expect(await db.conflicts.count()).toBe(1);
    const { winner } = toLeaves([here, apart]);
    const resolved = await resolveConflictWith(
      'measures',
      base.id,
      contentOf(winner === here ? apart : here),
    );
    // As CouchDB resolves: the content a child of the winner, and a
    // tombstone child of the other side, which stays as a deleted leaf.
    const loser = winner === here ? apart : here;
    const [tombstone] = await db.conflicts.toArray();
    expect(tombstone?.record).toMatchObject({ deleted: true });
    expect(tombstone?.record.revs[0]).toBe(loser.rev);
    const entries = (await journal()).slice(3);
    expect(entries.map((e) => [e.cause, e.rev, e.replaced])).toEqual([
      ['import', apart.rev, undefined],
      ['resolve', resolved.rev, winner.rev],
      ['resolve', tombstone?.rev, loser.rev],
    ]);
    expect(await listConflicts()).toEqual([]);
  });
});

describe('writeChange: merging', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
    await resetDb();
  });
  afterEach(() => vi.useRealTimers());

  it('stores what merge says, journals only what changed what is stored', async () => {
    const office = await createOffice(makeOfficeFields());
    const v1 = await createMeasure(office.id, 2568, makeMeasureInput());
    const v2 = reviseRecord(v1, { title: 'สอง' }, '2025-02-01T00:00:00.000Z');
    const plan = await writeChange({ cause: 'import' }, (change) =>
      change.write({ measures: [v2, v1, v2] }),
    );
    expect(plan.steps.map((s) => s.outcome)).toEqual([
      'updated',
      'stale',
      'unchanged',
    ]);
    expect((await db.measures.get(v1.id))?.rev).toBe(v2.rev);
    expect((await journal()).map((e) => e.rev)).toEqual([
      office.rev,
      v1.rev,
      v2.rev,
    ]);
    // What v2 replaced is kept for the record's history.
    expect(await db.history.toArray()).toEqual([
      expect.objectContaining({ recordId: v1.id, rev: v1.rev, record: v1 }),
    ]);
  });

  it('keeps a version edited apart as a losing leaf, and an edit here keeps the conflict', async () => {
    const office = await createOffice(makeOfficeFields());
    const base = await createMeasure(office.id, 2568, makeMeasureInput());
    const a = reviseRecord(base, { title: 'ก' }, '2025-02-01T00:00:00.000Z');
    const b = reviseRecord(base, { title: 'ข' }, '2025-02-01T00:00:00.000Z');
    await writeChange({ cause: 'import' }, (change) =>
      change.write({ measures: [a, b] }),
    );
    const { winner, losers } = toLeaves([a, b]);
    expect((await db.measures.get(base.id))?.rev).toBe(winner.rev);
    expect((await db.conflicts.toArray()).map((c) => c.rev)).toEqual([
      losers[0]?.rev,
    ]);
    await updateMeasure(base.id, makeMeasureInput({ title: 'ค' }));
    expect(await db.conflicts.count()).toBe(1);
  });

  it('deletes a record in conflict on every live leaf, so no losing side takes its place', async () => {
    const office = await createOffice(makeOfficeFields());
    const base = await createMeasure(office.id, 2568, makeMeasureInput());
    const a = reviseRecord(base, { title: 'ก' }, '2025-02-01T00:00:00.000Z');
    const b = reviseRecord(base, { title: 'ข' }, '2025-02-01T00:00:00.000Z');
    await writeChange({ cause: 'import' }, (change) =>
      change.write({ measures: [a, b] }),
    );
    const deletion = await deleteMeasure(base.id);
    expect((await db.measures.get(base.id))?.deleted).toBe(true);
    expect((await db.conflicts.toArray()).every((c) => c.record.deleted)).toBe(
      true,
    );
    // The undo brings back the version that was shown.
    expect(await restoreMeasure(deletion!)).toBe(true);
    const shown = toLeaves([a, b]).winner;
    expect((await db.measures.get(base.id))?.title).toBe(shown.title);
  });
});
