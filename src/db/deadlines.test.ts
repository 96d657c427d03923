import { beforeEach, describe, expect, it } from 'vitest';

import { BUNDLE_VERSION } from '@/bundle/envelope';
import { deadlineId } from '@/domain/deadlines';
import { fiscalYearOf, toGregorianYear } from '@/domain/fiscal-year';
import { exportedText, wholeFiles } from '@/testing/bundle-files';
import { makeOfficeFields } from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { db } from './app-db';
import { todayIso } from './clock';
import { clearDeadline, listDeadlines, setDeadline } from './deadlines';
import { applyImport, previewImport } from './exchange/import-bundles';
import { createOffice } from './offices';
import { readChanges } from './write/journal';

describe('round deadlines in the database', () => {
  beforeEach(resetDb);

  // The current fiscal year, whose replaced bodies the history keeps.
  const year = fiscalYearOf(todayIso());
  const dueOn = (day: number) => `${toGregorianYear(year)}-04-${day}`;

  it('are set, edited and cleared through writeChange (the current fiscal year, so bodies are kept): revisions, journal, kept bodies', async () => {
    const first = await setDeadline(year, 'six-month', dueOn(15));
    expect(first).toMatchObject({
      id: deadlineId(year, 'six-month'),
      fiscalYear: year,
      round: 'six-month',
      due: dueOn(15),
      revs: [],
    });
    expect(await setDeadline(year, 'six-month', dueOn(15))).toEqual(first);
    const second = await setDeadline(year, 'six-month', dueOn(20));
    expect(second.revs).toEqual([first.rev]);
    await clearDeadline(year, 'six-month');
    expect(await listDeadlines([year])).toEqual([]);
    const back = await setDeadline(year, 'six-month', dueOn(25));
    expect(back.deleted).toBeUndefined();
    expect(back.revs).toHaveLength(3);
    expect(await listDeadlines([year])).toEqual([back]);

    const entries = (await readChanges(0)).entries;
    expect(entries.map((e) => [e.kind, e.deleted])).toEqual([
      ['deadlines', false],
      ['deadlines', false],
      ['deadlines', true],
      ['deadlines', false],
    ]);
    const kept = await db.history.where('recordId').equals(back.id).toArray();
    // Kept by the deadline's own fiscal year, the current one here.
    expect(kept.map((h) => h.rev).sort()).toEqual([...back.revs].sort());
    expect(back.revs.slice(1)).toEqual([second.rev, first.rev]);
  });

  it('travel in an export and come back from its import, a deletion too, counted apart from any office', async () => {
    const office = await createOffice(makeOfficeFields());
    const annual = await setDeadline(2568, 'annual', '2025-10-20');
    await setDeadline(2569, 'six-month', '2026-04-10');
    await clearDeadline(2569, 'six-month');
    const stored = await db.deadlines.toArray();
    const text = await exportedText();
    expect(JSON.parse(text)).toMatchObject({ version: BUNDLE_VERSION });

    await resetDb();
    const preview = await previewImport(wholeFiles([text]));
    expect(preview.byOffice.get('')).toMatchObject({ added: 2 });
    const log = await applyImport(wholeFiles([text]));
    expect(log.counts).toMatchObject({ added: 3, invalid: 0 });
    // The office to open after an import is an office, never ''.
    expect(log.officeIds).toEqual([office.id]);
    expect(await db.deadlines.toArray()).toEqual(stored);
    expect(await listDeadlines([2568, 2569])).toEqual([annual]);
  });

  it('edited apart on two devices become one record in conflict, not two', async () => {
    await createOffice(makeOfficeFields());
    const here = await setDeadline(2568, 'annual', '2025-10-20');
    const text = await exportedText();
    await resetDb();
    await createOffice(makeOfficeFields());
    const there = await setDeadline(2568, 'annual', '2025-10-25');
    await applyImport(wholeFiles([text]));
    const leaves = [
      ...(await db.deadlines.toArray()),
      ...(await db.conflicts.toArray()).map((c) => c.record),
    ];
    expect(leaves.map((d) => d.rev).sort()).toEqual(
      [here.rev, there.rev].sort(),
    );
  });
});
