import { describe, expect, it } from 'vitest';

import en from './en.json';
import { everyThai } from './every-thai';
import pages from './pages/th.json';
import th from './th.json';

/**
 * Every key of a words object, as i18next reads it ("a.b.c"), without its
 * plural form: Thai has one form ("x" or "x_other"), English two ("x_one").
 */
function keys(words: object, prefix = ''): string[] {
  const found = Object.entries(words).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
  return [...new Set(found)];
}

describe('the Thai words, split between the first screen and the pages', () => {
  it('put each section in one file only', () => {
    const first = new Set(Object.keys(th));
    expect(Object.keys(pages).filter((section) => first.has(section))).toEqual(
      [],
    );
  });

  it('hold together every key the English words have, and no other', () => {
    expect(keys(everyThai).sort()).toEqual(keys(en).sort());
  });
});
