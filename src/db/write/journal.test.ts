// The journal is kept a row per batch of entries, and read as one feed in
// order from any sequence number, a page at a time.
import { beforeEach, describe, expect, it } from 'vitest';

import { createRecord } from '@/domain/revision';
import type { Measure } from '@/domain/types';
import { makeMeasureInput } from '@/testing/factories';
import { resetDb } from '@/testing/reset-db';

import { db } from '../app-db';
import {
  JOURNAL_ROW_ENTRIES,
  journalHead,
  readChanges,
  type JournalEntry,
} from './journal';
import { writeChange } from './write-change';

const measures = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) =>
    createRecord<Measure>(
      { ...makeMeasureInput(), officeId: 'o1', fiscalYear: 2568, order: i },
      `m${from + i}`,
      '2025-01-01T00:00:00.000Z',
    ),
  );

async function walk(since: number, limit: number) {
  const pages: JournalEntry[][] = [];
  for (let from = since; ;) {
    const { entries, last } = await readChanges(from, limit);
    if (entries.length === 0) return pages;
    pages.push(entries);
    from = last;
  }
}

describe('the journal', () => {
  beforeEach(resetDb);

  it('keeps a large change in rows of consecutive numbers, and is read whole from any point', async () => {
    const count = JOURNAL_ROW_ENTRIES * 2 + 30;
    await writeChange({ cause: 'import' }, (change) =>
      change.write({ measures: measures(count) }),
    );
    await writeChange({ cause: 'edit' }, (change) =>
      change.write({ measures: measures(2, count) }),
    );
    const rows = await db.journal.toArray();
    expect(rows.map((r) => [r.first, r.last, r.cause, r.local])).toEqual([
      [1, JOURNAL_ROW_ENTRIES, 'import', 0],
      [JOURNAL_ROW_ENTRIES + 1, JOURNAL_ROW_ENTRIES * 2, 'import', 0],
      [JOURNAL_ROW_ENTRIES * 2 + 1, count, 'import', 0],
      [count + 1, count + 2, 'edit', 1],
    ]);
    expect(await journalHead()).toBe(count + 2);

    const since = 123;
    const pages = await walk(since, 200);
    const seqs = pages.flat().map((e) => e.seq);
    expect(seqs).toEqual(
      Array.from({ length: count + 2 - since }, (_, i) => since + 1 + i),
    );
    expect(pages.flat().map((e) => e.id)).toEqual(
      measures(count + 2)
        .slice(since)
        .map((m) => m.id),
    );
    // A page ends at the end of the row in which it reached `limit`
    // entries: the first row's 377 past 123, the second's 500, then the
    // third's 30 and the last row's 2 together.
    expect(pages.map((p) => p.length)).toEqual([
      JOURNAL_ROW_ENTRIES - since,
      JOURNAL_ROW_ENTRIES,
      32,
    ]);
    expect(await readChanges(count + 2)).toEqual({
      entries: [],
      last: count + 2,
    });
  });

  it('numbers from 1 and answers where to go on from when empty', async () => {
    expect(await journalHead()).toBe(0);
    expect(await readChanges(0)).toEqual({ entries: [], last: 0 });
  });
});
