import { beforeEach, describe, expect, it } from 'vitest';

import { resetDb } from '@/testing/reset-db';

import { listLinkChecks, saveLinkChecks } from './link-checks';

describe('link checks kept on the device', () => {
  beforeEach(resetDb);

  it('keeps the last check of each link, none lost when results end together', async () => {
    const at = (s: string) => `2026-06-01T03:00:0${s}.000Z`;
    await saveLinkChecks([
      { url: 'https://a/1', checkedAt: at('0'), state: 'answered' },
    ]);
    await Promise.all([
      saveLinkChecks([
        {
          url: 'https://a/1',
          checkedAt: at('1'),
          state: 'failed',
          reason: 'timeout',
        },
      ]),
      saveLinkChecks([
        { url: 'https://a/2', checkedAt: at('2'), state: 'answered' },
      ]),
    ]);
    const checks = await listLinkChecks();
    expect([...checks.keys()].sort()).toEqual(['https://a/1', 'https://a/2']);
    expect(checks.get('https://a/1')).toMatchObject({
      state: 'failed',
      reason: 'timeout',
    });
  });
});
