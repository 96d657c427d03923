// A change that fails leaves no trace: not in the records, their conflicts,
// summaries, the journal or the kept bodies of replaced versions. Whatever
// table the disk refuses, wherever the change stands when it fails.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { reportChecksum } from '@/domain/report/sign-off';
import { reviseRecord } from '@/domain/revision';
import { exportedText, wholeFiles } from '@/testing/bundle-files';
import {
  makeMeasureInput,
  makeOfficeFields,
  makeUpdateInput,
} from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { db } from '../app-db';
import { setDeadline } from '../deadlines';
import { applyImport } from '../exchange/import-bundles';
import { noChoices } from '../keys/trust-book';
import { loadTrustBook } from '../keys/trusted-keys';
import { createMeasure, updateMeasure } from '../measures';
import { createOffice } from '../offices';
import { createOitItem } from '../oit-items';
import { setPersonName } from '../person';
import { insertRecord } from '../records';
import { approveRound, saveRoundCells } from '../sign-off';
import { createUpdate } from '../updates';
import { readChanges } from './journal';
import { BadVersionError } from './plan-versions';
import {
  changeTables,
  NestedChangeError,
  writeChange,
  type ChangeWriter,
} from './write-change';

/** Every table a change writes, to compare before and after a failure. */
const everything = () =>
  Promise.all(changeTables().map((table) => table.toArray()));

const full = () => new DOMException('Quota exceeded', 'QuotaExceededError');

/** Makes IndexedDB refuse any write to `table`, as a full disk does; answers the undo. */
function refuseWrites(name: string) {
  const refuse = () => {
    throw full();
  };
  const table = db.table(name);
  table.hook('creating', refuse);
  table.hook('updating', refuse);
  table.hook('deleting', refuse);
  return () => {
    table.hook('creating').unsubscribe(refuse);
    table.hook('updating').unsubscribe(refuse);
    table.hook('deleting').unsubscribe(refuse);
  };
}

/** A measure made inside a change under test, as createMeasure makes one. */
function createMeasureIn(change: ChangeWriter, officeId: string) {
  return insertRecord(change, 'measures', {
    ...makeMeasureInput(),
    officeId,
    fiscalYear: 2568,
    order: 9,
  });
}

/**
 * A stored office year and a file of another laptop's edits to it that
 * writes every table: a new office, a round's due date, an OIT item, a measure edited there (its old body
 * kept), one edited on both laptops (a conflict), new updates, summaries
 * and the journal.
 */
async function importWritingEveryTable() {
  const approvedBy = { name: 'นายสมชาย ใจดี', position: 'นายก' };
  const office = await createOffice(makeOfficeFields({ approvedBy }));
  const one = await createMeasure(office.id, 2568, makeMeasureInput());
  const two = await createMeasure(office.id, 2568, makeMeasureInput());
  const base = await exportedText();
  await updateMeasure(one.id, makeMeasureInput({ title: 'แก้ที่อื่น' }));
  await updateMeasure(two.id, makeMeasureInput({ title: 'แก้ที่อื่นด้วย' }));
  await createUpdate(one.id, makeUpdateInput());
  await createOffice(makeOfficeFields({ name: 'เทศบาลอื่น' }));
  // A round's report text edited there, and the round approved.
  const round = {
    officeId: office.id,
    fiscalYear: 2568,
    round: 'annual' as const,
  };
  const cells = [{ measureId: one.id, column: 'result' as const, text: 'ก' }];
  await saveRoundCells(round, cells);
  await setPersonName(approvedBy.name);
  await approveRound({
    ...round,
    language: 'th',
    digits: 'thai',
    measureIds: [one.id],
    updates: [],
    cells,
    sha256: reportChecksum(cells),
  });
  await setDeadline(2568, 'annual', '2025-10-20');
  await createOitItem(office.id, 2568, {
    number: 'O36',
    title: 'มาตรการส่งเสริมคุณธรรม',
    asks: '',
    documents: [],
    links: [],
    allMeasures: true,
    measureIds: [],
    withUpdates: false,
  });
  const theirs = await exportedText();
  await resetDb();
  await applyImport(wholeFiles([base]));
  await updateMeasure(two.id, makeMeasureInput({ title: 'แก้ที่นี่' }));
  return wholeFiles([theirs]);
}

describe('a change that fails', () => {
  beforeEach(async () => {
    // In FY2568, so the bodies of its measures' versions are kept.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-02-10T03:00:00.000Z'));
    await resetDb();
  });
  afterEach(() => vi.useRealTimers());

  it('writes every table when it does not fail (what the cases below refuse)', async () => {
    const files = await importWritingEveryTable();
    const before = await everything();
    // Signed (as the import's reading found): its key is trusted on first use.
    const signed = files.map((f) => ({
      ...f,
      signer: { publicKey: 'AAAA', fingerprint: '0000-0000-0000-0001' },
    }));
    await applyImport(signed, { trust: await loadTrustBook(noChoices()) });
    const after = await everything();
    const unchanged = changeTables()
      .map((table) => table.name)
      .filter((_, i) => JSON.stringify(after[i]) === JSON.stringify(before[i]));
    // Settings are written by the change that needs them (setup, the
    // example), sync checkpoints by a sync's pull (sync/replicate.test.ts).
    expect(unchanged).toEqual(['settings', 'syncCheckpoints']);
  });

  const refused = [
    'offices',
    'measures',
    'updateGroups',
    'conflicts',
    'summaries',
    'journal',
    'history',
    'imports',
  ];
  it.each(refused)('leaves nothing when the disk refuses %s', async (table) => {
    const files = await importWritingEveryTable();
    const before = await everything();
    const undo = refuseWrites(table);
    try {
      await expect(applyImport(files)).rejects.toMatchObject({
        name: 'QuotaExceededError',
      });
    } finally {
      undo();
    }
    expect(await everything()).toEqual(before);
  });

  it('leaves nothing when IndexedDB aborts it at commit for lack of space', async () => {
    const office = await createOffice(makeOfficeFields());
    const measure = await createMeasure(office.id, 2568, makeMeasureInput());
    const before = await everything();
    // As Chromium does when the disk fills at commit: every write succeeded,
    // then the transaction aborts with QuotaExceededError.
    await expect(
      writeChange({ cause: 'edit' }, async (change) => {
        await change.write({
          measures: [reviseRecord(measure, { title: 'แก้' }, change.at)],
        });
        const tx = Dexie.currentTransaction?.idbtrans;
        if (!tx) throw new Error('no transaction');
        Object.defineProperty(tx, 'error', { get: full });
        tx.abort();
      }),
    ).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(await everything()).toEqual(before);
  });

  it('leaves nothing when it throws midway', async () => {
    const office = await createOffice(makeOfficeFields());
    await createMeasure(office.id, 2568, makeMeasureInput());
    const before = await everything();
    await expect(
      writeChange({ cause: 'edit' }, async (change) => {
        await createMeasureIn(change, office.id);
        throw new Error('the disk is full');
      }),
    ).rejects.toThrow('the disk is full');
    expect(await everything()).toEqual(before);
  });

  it('refuses a bad version and leaves nothing, the good versions before it included', async () => {
    const office = await createOffice(makeOfficeFields());
    const measure = await createMeasure(office.id, 2568, makeMeasureInput());
    const before = await everything();
    const good = reviseRecord(measure, { title: 'ดี' }, measure.updatedAt);
    const bad = { ...measure, id: 'other', rev: 'not-a-rev' };
    const noId = { ...measure, id: '' };
    for (const wrong of [bad, noId])
      await expect(
        writeChange({ cause: 'import' }, (change) =>
          change.write({ measures: [good, wrong] }),
        ),
      ).rejects.toBeInstanceOf(BadVersionError);
    expect(await everything()).toEqual(before);
  });

  it('fails on a closed database, and writes when it is open again', async () => {
    const office = await createOffice(makeOfficeFields());
    db.close();
    await expect(
      createMeasure(office.id, 2568, makeMeasureInput()),
    ).rejects.toThrow();
    await db.open();
    expect(await db.measures.count()).toBe(0);
    expect(await db.journal.count()).toBe(1);
    await createMeasure(office.id, 2568, makeMeasureInput());
    const { entries } = await readChanges(0);
    expect(entries.map((e) => e.seq)).toEqual([1, 2]);
  });

  it('cannot run inside another transaction', async () => {
    await expect(
      db.transaction('rw', db.settings, () =>
        writeChange({ cause: 'edit' }, async () => undefined),
      ),
    ).rejects.toBeInstanceOf(NestedChangeError);
    expect(Dexie.currentTransaction).toBeNull();
  });
});

describe('after a failed change', () => {
  beforeEach(resetDb);

  it('numbers the next change from where the journal stood', async () => {
    const office = await createOffice(makeOfficeFields());
    const undo = refuseWrites('journal');
    await expect(
      createMeasure(office.id, 2568, makeMeasureInput()),
    ).rejects.toThrow();
    undo();
    const measure = await createMeasure(office.id, 2568, makeMeasureInput());
    const { entries } = await readChanges(0);
    expect(entries.map((e) => [e.seq, e.id])).toEqual([
      [1, office.id],
      [2, measure.id],
    ]);
  });
});
