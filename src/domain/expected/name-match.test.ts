import { describe, expect, it } from 'vitest';

import { districtKey, matchName, nameKey } from './name-match';

const NONGSAENG = { name: 'องค์การบริหารส่วนตำบลหนองแสง', district: 'วาปีปทุม' };
const NONGSAENG_FAR = { name: 'องค์การบริหารส่วนตำบลหนองแสง', district: 'ปากพลี' };
const KHUNKAEW = { name: 'เทศบาลตำบลขุนแก้ว', district: 'นครชัยศรี' };
const PLACES = [NONGSAENG, NONGSAENG_FAR, KHUNKAEW];

describe('nameKey', () => {
  it.each([
    [' อบต. หนองแสง', 'องค์การบริหารส่วนตำบลหนองแสง'],
    ['อบตหนองแสง', 'องค์การบริหารส่วนตำบลหนองแสง'],
    ['ทต.ขุนแก้ว', 'เทศบาลตำบลขุนแก้ว'],
    ['ทม.ลำปาง', 'เทศบาลเมืองลำปาง'],
    ['ทน.เชียงใหม่', 'เทศบาลนครเชียงใหม่'],
    ['อบจ.ลำปาง', 'องค์การบริหารส่วนจังหวัดลำปาง'],
    ['เทศบาลตำบลหมู่ ๑๒', 'เทศบาลตำบลหมู่12'],
    ['Pattaya  CITY', 'pattaya city'],
  ])('reads %s as %s', (typed, name) => {
    expect(nameKey(typed)).toBe(nameKey(name));
  });

  it('keeps different offices apart', () => {
    expect(nameKey('เทศบาลตำบลหนองแสง')).not.toBe(nameKey('อบต.หนองแสง'));
  });
});

describe('districtKey', () => {
  it('drops the district label', () => {
    expect(districtKey('อ.เกาะคา')).toBe('เกาะคา');
    expect(districtKey('อำเภอ เกาะคา')).toBe('เกาะคา');
  });
});

describe('matchName', () => {
  it('finds the same office written another way, in its district', () => {
    expect(
      matchName({ name: 'อบต. หนองแสง', district: 'อ.ปากพลี' }, PLACES),
    ).toEqual({
      kind: 'same',
      place: NONGSAENG_FAR,
    });
  });

  it('takes the first of the name when no district is given', () => {
    expect(matchName({ name: 'ทต.ขุนแก้ว', district: '' }, PLACES)).toEqual({
      kind: 'same',
      place: KHUNKAEW,
    });
  });

  it('proposes a name one letter off, never takes it', () => {
    // ขุนแก้ว typed without its tone mark.
    expect(
      matchName({ name: 'เทศบาลตำบลขุนแกว', district: '' }, PLACES),
    ).toEqual({
      kind: 'close',
      places: [KHUNKAEW],
    });
  });

  it('proposes the same name in other districts before a name a letter off', () => {
    const match = matchName(
      { name: 'องค์การบริหารส่วนตำบลหนองแสง', district: 'เมือง' },
      [...PLACES, { name: 'องค์การบริหารส่วนตำบลหนองแวง', district: 'เมือง' }],
    );
    expect(match.kind).toBe('close');
    if (match.kind !== 'close') return;
    expect(match.places.map((p) => p.district)).toEqual([
      'วาปีปทุม',
      'ปากพลี',
      'เมือง',
    ]);
  });

  it('finds nothing for another name', () => {
    expect(matchName({ name: 'เทศบาลเมืองลำพูน', district: '' }, PLACES)).toEqual(
      {
        kind: 'none',
      },
    );
  });

  it('counts a short name one letter off as close, two as another', () => {
    const short = [{ name: 'บ้านนา', district: '' }];
    expect(matchName({ name: 'บ้านนี', district: '' }, short).kind).toBe('close');
    expect(matchName({ name: 'บ้านดี', district: '' }, short).kind).toBe('none');
    expect(matchName({ name: 'บ้านดีดี', district: '' }, short).kind).toBe('none');
  });
});
