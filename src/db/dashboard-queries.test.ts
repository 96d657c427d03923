import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  makeMeasureInput,
  makeOfficeFields,
  makeUpdateInput,
} from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { db } from './app-db';
import {
  allOfficesRows,
  measureCountsByYear,
  officeDashboardRows,
} from './dashboard-queries';
import { createMeasure, deleteMeasure } from './measures';
import { createOffice } from './offices';
import { officesOverview } from './overview';
import { createUpdate } from './updates';

/** Counts every update record read from the database while it is on. */
function countUpdateReads() {
  const counter = { reads: 0 };
  const onRead = (update: unknown) => {
    counter.reads++;
    return update;
  };
  db.updateGroups.hook('reading', onRead);
  return {
    counter,
    stop: () => db.updateGroups.hook('reading').unsubscribe(onRead),
  };
}

async function twoOfficesWithUpdates() {
  const a = await createOffice(makeOfficeFields({ name: 'ก' }));
  const b = await createOffice(makeOfficeFields({ name: 'ข' }));
  const reported = await createMeasure(
    a.id,
    2568,
    makeMeasureInput({ title: 'หนึ่ง' }),
  );
  const silent = await createMeasure(
    a.id,
    2568,
    makeMeasureInput({ title: 'สอง' }),
  );
  const gone = await createMeasure(
    a.id,
    2568,
    makeMeasureInput({ title: 'ลบ' }),
  );
  const nextYear = await createMeasure(a.id, 2569, makeMeasureInput());
  const other = await createMeasure(b.id, 2568, makeMeasureInput());
  await createUpdate(
    reported.id,
    makeUpdateInput({ date: '2024-11-01', round: 'six-month' }),
  );
  await createUpdate(
    reported.id,
    makeUpdateInput({ date: '2025-01-10', status: 'completed', percent: 100 }),
  );
  await createUpdate(other.id, makeUpdateInput({ date: '2025-02-01' }));
  await createUpdate(gone.id, makeUpdateInput());
  await deleteMeasure(gone.id);
  return { a, b, reported, silent, nextYear, other };
}

describe('dashboard queries', () => {
  beforeEach(resetDb);
  let reads: ReturnType<typeof countUpdateReads> | undefined;
  afterEach(() => reads?.stop());

  it("read an office's year: its live measures in order with their summaries, no update", async () => {
    const { a, reported, silent } = await twoOfficesWithUpdates();
    reads = countUpdateReads();
    const rows = await officeDashboardRows(a.id, 2568);
    expect(rows.map((r) => r.measure.id)).toEqual([reported.id, silent.id]);
    expect(rows[0]?.summary).toMatchObject({
      updateCount: 2,
      latest: { date: '2025-01-10', status: 'completed', percent: 100 },
      // Dated in October–March: the 6-month round and the whole year's.
      rounds: ['annual', 'six-month'],
    });
    // A measure with no update has a summary that says so (every change
    // summarizes the measures it writes, imports as local edits).
    expect(rows[1]?.summary).toMatchObject({ updateCount: 0, latest: null });
    expect(reads.counter.reads).toBe(0);
  });

  it("read every office's measures of a year, no update", async () => {
    const { a, b, reported, silent, other } = await twoOfficesWithUpdates();
    reads = countUpdateReads();
    const year = await allOfficesRows(2568);
    expect(year.offices.map((o) => o.id)).toEqual([a.id, b.id]);
    expect(year.rows.map((r) => r.measure.id).sort()).toEqual(
      [reported.id, silent.id, other.id].sort(),
    );
    const otherRow = year.rows.find((r) => r.measure.id === other.id);
    expect(otherRow?.summary?.latest?.date).toBe('2025-02-01');
    expect(reads.counter.reads).toBe(0);
  });

  it('count the live measures of each year', async () => {
    const { a } = await twoOfficesWithUpdates();
    expect(await measureCountsByYear(a.id)).toEqual(
      new Map([
        [2568, 2],
        [2569, 1],
      ]),
    );
  });

  it('the offices overview takes update counts and dates from summaries', async () => {
    const { a, b } = await twoOfficesWithUpdates();
    reads = countUpdateReads();
    const overview = await officesOverview();
    expect(
      overview.map((o) => [o.officeId, o.measures, o.updates, o.lastUpdate]),
    ).toEqual([
      [a.id, 3, 2, '2025-01-10'],
      [b.id, 1, 1, '2025-02-01'],
    ]);
    expect(reads.counter.reads).toBe(0);
  });
});
