import { describe, expect, it } from 'vitest';

import { bundleFileName } from './file-name';

describe('bundleFileName', () => {
  it.each([
    [
      { office: 'เทศบาลตำบลขุนแก้ว', fiscalYear: 2568, gzip: true },
      'ita-เทศบาลตำบลขุนแก้ว-fy2568-2568-02-15.json.gz',
    ],
    [
      { office: 'เทศบาลตำบลขุนแก้ว', fiscalYear: null, gzip: false },
      'ita-เทศบาลตำบลขุนแก้ว-all-years-2568-02-15.json',
    ],
    [
      { office: null, fiscalYear: null, gzip: true },
      'ita-all-offices-all-years-2568-02-15.json.gz',
    ],
  ])('names %o in the Buddhist era only', (parts, expected) => {
    expect(bundleFileName({ ...parts, date: '2025-02-15' })).toBe(expected);
  });

  it('puts the export date in the Buddhist era across the new year', () => {
    // 31 Dec 2024 is 31 ธ.ค. 2567, in FY2568; 1 Jan 2025 is 1 ม.ค. 2568.
    const name = (date: string) =>
      bundleFileName({ office: 'อบต.', fiscalYear: 2568, date, gzip: false });
    expect(name('2024-12-31')).toBe('ita-อบต.-fy2568-2567-12-31.json');
    expect(name('2025-01-01')).toBe('ita-อบต.-fy2568-2568-01-01.json');
  });

  it('replaces what file systems refuse in the office name', () => {
    expect(
      bundleFileName({
        office: ' อบต. ก/ข: "ค" ',
        fiscalYear: 2569,
        date: '2025-10-05',
        gzip: false,
      }),
    ).toBe('ita-อบต.-ก-ข-ค-fy2569-2568-10-05.json');
  });
});
