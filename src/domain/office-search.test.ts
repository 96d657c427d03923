import { describe, expect, it } from 'vitest';

import {
  officeIndex,
  searchKey,
  searchOffices,
  type OfficePlace,
} from './office-search';

let next = 0;
const office = (
  name: string,
  district: string,
  province: string,
): OfficePlace => ({ id: `id-${next++}`, name, district, province });

const KHUNKAEW = office('เทศบาลตำบลขุนแก้ว', 'นครชัยศรี', 'นครปฐม');
const KOKHA = office('อบต.ทดสอบเกาะคา', 'เกาะคา', 'ลำปาง');
const NONGSAENG = office('องค์การบริหารส่วนตำบลหนองแสง', 'วาปีปทุม', 'มหาสารคาม');
const NONGSAENG_TOWN = office('เทศบาลตำบลหนองแสง', 'วาปีปทุม', 'มหาสารคาม');
const NONGSAENG_FAR = office('องค์การบริหารส่วนตำบลหนองแสง', 'ปากพลี', 'นครนายก');
const PATTAYA = office('เมืองพัทยา (Pattaya City)', 'บางละมุง', 'ชลบุรี');
const NUMBERED = office('เทศบาลตำบลหมู่ ๑๒', 'เมืองลำปาง', 'ลำปาง');
const ALL = [
  PATTAYA,
  NONGSAENG,
  KOKHA,
  NUMBERED,
  NONGSAENG_FAR,
  KHUNKAEW,
  NONGSAENG_TOWN,
];
const index = officeIndex(ALL);
const names = (query: string) =>
  searchOffices(index, query).map((o) => `${o.name} (${o.province})`);

describe('searchKey', () => {
  it.each([
    [' เทศบาล ตำบล ขุนแก้ว ', 'เทศบาลตำบลขุนแก้ว'],
    ['Pattaya CITY', 'pattayacity'],
    ['หมู่ ๑๒', 'หมู่12'],
    // Word leaves zero-width spaces between Thai words.
    ['เทศบาล\u200bตำบล', 'เทศบาลตำบล'],
    // "ำ" typed as nikhahit + sara aa is the same letter.
    ['ลําปาง', 'ลำปาง'],
    ['ＡＢＣ', 'abc'],
  ])('%j → %j', (text, key) => {
    expect(searchKey(text)).toBe(key);
  });
});

describe('searchOffices', () => {
  it('lists every office in Thai order for an empty search', () => {
    // Thai order: a leading vowel (เ) sorts by the consonant after it, so
    // เทศบาล (ท) comes before อบต. (อ), unlike the order of code points.
    expect(names('')).toEqual(names('   '));
    expect(names('')).toEqual([
      'เทศบาลตำบลขุนแก้ว (นครปฐม)',
      'เทศบาลตำบลหนองแสง (มหาสารคาม)',
      'เทศบาลตำบลหมู่ ๑๒ (ลำปาง)',
      'เมืองพัทยา (Pattaya City) (ชลบุรี)',
      'องค์การบริหารส่วนตำบลหนองแสง (นครนายก)',
      'องค์การบริหารส่วนตำบลหนองแสง (มหาสารคาม)',
      'อบต.ทดสอบเกาะคา (ลำปาง)',
    ]);
  });

  it('finds part of a name, in Thai order; the same name by province', () => {
    expect(names('หนองแสง')).toEqual([
      'เทศบาลตำบลหนองแสง (มหาสารคาม)',
      'องค์การบริหารส่วนตำบลหนองแสง (นครนายก)',
      'องค์การบริหารส่วนตำบลหนองแสง (มหาสารคาม)',
    ]);
    expect(names('ขุนแก้ว')).toEqual(['เทศบาลตำบลขุนแก้ว (นครปฐม)']);
  });

  it('ignores spaces typed inside a name', () => {
    expect(names('หนอง แสง')).toEqual(names('หนองแสง'));
    expect(names('เทศบาลตำบล ขุนแก้ว')).toEqual(['เทศบาลตำบลขุนแก้ว (นครปฐม)']);
  });

  it('finds a district or a province, also written with its label', () => {
    expect(names('วาปี')).toEqual([
      'เทศบาลตำบลหนองแสง (มหาสารคาม)',
      'องค์การบริหารส่วนตำบลหนองแสง (มหาสารคาม)',
    ]);
    expect(names('อ.วาปีปทุม')).toEqual(names('วาปี'));
    expect(names('อำเภอ วาปีปทุม')).toEqual(names('วาปี'));
    expect(names('จ.ลำปาง')).toEqual([
      'เทศบาลตำบลหมู่ ๑๒ (ลำปาง)',
      'อบต.ทดสอบเกาะคา (ลำปาง)',
    ]);
  });

  it('needs every word typed, each in the name, district or province', () => {
    expect(names('หนองแสง นครนายก')).toEqual([
      'องค์การบริหารส่วนตำบลหนองแสง (นครนายก)',
    ]);
    expect(names('หนองแสง ลำปาง')).toEqual([]);
  });

  it('compares Latin letters in any case, and Thai or Arabic digits alike', () => {
    expect(names('PATTAYA')).toEqual(['เมืองพัทยา (Pattaya City) (ชลบุรี)']);
    expect(names('pattaya city')).toEqual(names('PATTAYA'));
    expect(names('หมู่ 12')).toEqual(['เทศบาลตำบลหมู่ ๑๒ (ลำปาง)']);
    expect(names('๑๒')).toEqual(names('หมู่ 12'));
  });

  it('reads "ํา" typed as two marks as "ำ"', () => {
    expect(names('ลําปาง')).toEqual(names('ลำปาง'));
    expect(names('ลำปาง')).toHaveLength(2);
  });

  it('finds nothing for a text no office has', () => {
    expect(names('เชียงใหม่')).toEqual([]);
  });

  it('keeps the offices it was given', () => {
    expect(index.offices).toHaveLength(ALL.length);
    expect(searchOffices(index, '')[0]).toBe(KHUNKAEW);
    expect(ALL[0]).toBe(PATTAYA);
  });
});
