// The v7 upgrade's code loads when an old database is opened, not with the
// first screen (app-db.ts). Loading takes a while on a slow device: the
// upgrade must still complete, in the same transaction as the schema change.
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { isRevChain } from '@/domain/revision';
import { openAtVersion } from '@/testing/old-schemas';
import { makeOffice } from '@/testing/records';
import { reviseV3 } from '@/testing/v3-revisions';

import { AppDB } from './app-db';

// The module arrives after IndexedDB would have committed an idle transaction.
vi.mock('./chain-stored', async (original) => {
  await new Promise((resolve) => setTimeout(resolve, 50));
  return original();
});

const NAME = 'ita-tracker-v6-slow';

describe('an upgrade whose code loads slowly', () => {
  afterEach(() => Dexie.delete(NAME));

  it('still converts what is stored, and the database opens at the latest version', async () => {
    const base = makeOffice('o1');
    const a = reviseV3(base, { name: 'A' }, '2025-02-01T00:00:00.000Z');
    const b = reviseV3(base, { name: 'B' }, '2025-02-01T00:00:00.000Z');
    const resolved = reviseV3(a, { name: 'C' }, '2025-02-10T00:00:00.000Z', {
      parents: [b],
    });
    const v6 = await openAtVersion(NAME, 6);
    await v6.table('offices').put(resolved);
    v6.close();
    expect(isRevChain(resolved.rev, resolved.revs)).toBe(false);

    const upgraded = new AppDB(NAME);
    await upgraded.open();
    const stored = await upgraded.offices.get('o1');
    expect(upgraded.verno).toBe(new AppDB('unopened').verno);
    upgraded.close();
    expect(stored?.rev).toBe(resolved.rev);
    expect(isRevChain(stored!.rev, stored!.revs)).toBe(true);
  });
});
