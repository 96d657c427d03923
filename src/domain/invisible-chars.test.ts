import { describe, expect, it } from 'vitest';

import { hasInvisible, revealInvisible } from './invisible-chars';

describe('characters that make one name look like another', () => {
  it.each([
    ['เทศบาลตำบลขุนแก้ว\u200b', 'เทศบาลตำบลขุนแก้ว⟦U+200B⟧'],
    ['เทศบาล\u200dตำบล', 'เทศบาล⟦U+200D⟧ตำบล'],
    ['\ufeffอบต.หนึ่ง', '⟦U+FEFF⟧อบต.หนึ่ง'],
    // A right-to-left override would turn the rest around: shown, it cannot.
    ['อบต.\u202eงอส', 'อบต.⟦U+202E⟧งอส'],
    ['\u2066อบต.\u2069', '⟦U+2066⟧อบต.⟦U+2069⟧'],
    ['\u200eอบต.', '⟦U+200E⟧อบต.'],
  ])('%j is shown as %j', (name, shown) => {
    expect(hasInvisible(name)).toBe(true);
    expect(revealInvisible(name)).toBe(shown);
  });

  it('leaves a name without them as it is, Thai marks and spaces included', () => {
    const name = 'องค์การบริหารส่วนตำบล น้ำใส';
    expect(hasInvisible(name)).toBe(false);
    expect(revealInvisible(name)).toBe(name);
  });
});
