// Updates held back by a large import are written once their texts grow
// past PENDING_CHARS, not only past PENDING_LIMIT updates: a file of long
// updates within every limit must not hold gigabytes (issue 17, "Memory").
import { beforeEach, describe, expect, it } from 'vitest';

import { makeUpdate } from '@/testing/records';
import { resetDb } from '@/testing/reset-db';

import { db } from '../app-db';
import { allStoredUpdates } from '../update-groups';
import { PENDING_CHARS, pendingUpdates } from './pending-updates';

describe('updates held back', () => {
  beforeEach(resetDb);

  it('are written once their texts pass the limit of characters', async () => {
    const long = 'ก'.repeat(PENDING_CHARS / 4);
    const updates = [1, 2, 3, 4, 5].map((i) => ({
      ...makeUpdate(`update-${i}`),
      result: long,
    }));
    await db.transaction('rw', db.tables, async () => {
      const pending = pendingUpdates();
      await pending.put(updates.slice(0, 3));
      expect(pending.holdsAny(updates)).toBe(true);
      await pending.put(updates.slice(3, 4));
      // Four of a quarter each: the limit is reached, they are written.
      expect(pending.holdsAny(updates)).toBe(false);
    });
    expect(await allStoredUpdates()).toHaveLength(4);
  });
});
