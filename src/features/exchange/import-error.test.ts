import { describe, expect, it } from 'vitest';

import en from '@/i18n/en.json';
import th from '@/i18n/th.json';

import { importErrorKey, type ImportFailure } from './import-error';

describe('the message of a failed import', () => {
  it.each<[ImportFailure, string]>([
    [{ name: 'AbortError', inner: 'QuotaExceededError' }, 'storageFull'],
    [{ name: 'RangeError' }, 'tooBig'],
    [{ name: 'Error', crashed: true }, 'stopped'],
    [{ name: 'Error' }, 'unexpected'],
    [{ name: 'TypeError' }, 'unexpected'],
  ])('%j is told as %s, in both languages, never as a form', (failure, key) => {
    expect(importErrorKey(failure)).toBe(`exchange.importFailed.${key}`);
    for (const messages of [th, en]) {
      const text = (messages.exchange.importFailed as Record<string, string>)[
        key
      ];
      expect(text).toBeTruthy();
      expect(text).not.toBe(messages.errors.saveFailed);
    }
    expect(th.exchange.importFailed.unexpected).not.toContain('แบบฟอร์ม');
  });
});
