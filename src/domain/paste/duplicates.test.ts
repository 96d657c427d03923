import { describe, expect, it } from 'vitest';

import { existingTitles, isExisting, sameOffice } from './duplicates';
import { readOfficeName } from './read-title-block';

describe('measures already in the year', () => {
  const titles = existingTitles([
    { title: 'การป้องกันการทุจริต' },
    { title: 'มาตรการการใช้ ทรัพย์สินของทางราชการ' },
  ]);

  it('are found whatever the spacing of either title', () => {
    expect(isExisting('การป้องกันการ ทุจริต', titles)).toBe(true);
    expect(isExisting('มาตรการการใช้ทรัพย์สิน\nของทางราชการ', titles)).toBe(true);
  });

  it('are found through the certain Thai repair (a decomposed sara am)', () => {
    const stored = existingTitles([{ title: 'ทำความดี' }]);
    expect(isExisting('ท\u0e4d\u0e32ความดี', stored)).toBe(true);
  });

  it('are not another title', () => {
    expect(isExisting('การป้องกันการทุจริตเชิงรุก', titles)).toBe(false);
    expect(isExisting('', existingTitles([{ title: '' }]))).toBe(false);
  });
});

describe('the office a report is of', () => {
  it('is read from the title block', () => {
    expect(
      readOfficeName([
        'รายงานผลการดำเนินการตามมาตรการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
        '(Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘',
        'เทศบาลตำบลขุนแก้ว อำเภอนครชัยศรี จังหวัดนครปฐม',
      ]),
    ).toBe('เทศบาลตำบลขุนแก้ว');
    expect(readOfficeName(['มาตรการขององค์การบริหารส่วนตำบล บางเลน ปี ๒๕๖๘'])).toBe(
      'องค์การบริหารส่วนตำบลบางเลน',
    );
    expect(readOfficeName(['รายงานผล ปี ๒๕๖๘'])).toBeNull();
  });

  it('is the same office whatever the spacing, and with a shorter name written', () => {
    expect(sameOffice('เทศบาลตำบลขุนแก้ว', 'เทศบาลตำบล ขุนแก้ว')).toBe(true);
    expect(sameOffice('เทศบาลตำบลขุนแก้ว', 'ทต.ขุนแก้ว')).toBe(true);
    expect(sameOffice('องค์การบริหารส่วนตำบลบางเลน', 'อบต.บางเลน')).toBe(true);
    expect(sameOffice('เทศบาลตำบลขุนแก้ว', 'เทศบาลตำบลบางเลน')).toBe(false);
    expect(sameOffice('เทศบาลตำบลขุนแก้ว', 'เทศบาลเมืองขุนแก้ว')).toBe(false);
  });
});
