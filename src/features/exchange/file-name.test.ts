import { describe, expect, it } from 'vitest';

import { bundleFileName } from './file-name';

const time = { hour: 14, minute: 5, second: 33 };

describe('bundleFileName', () => {
  it.each([
    [
      { office: 'เทศบาลตำบลขุนแก้ว', fiscalYear: 2568, gzip: true },
      'ita-เทศบาลตำบลขุนแก้ว-ปีงบ2568-2568-02-15-14.05.33.json.gz',
    ],
    [
      { office: 'เทศบาลตำบลขุนแก้ว', fiscalYear: null, gzip: false },
      'ita-เทศบาลตำบลขุนแก้ว-ทุกปีงบ-2568-02-15-14.05.33.json',
    ],
    [
      { office: null, fiscalYear: null, gzip: true },
      'ita-ทุกหน่วยงาน-ทุกปีงบ-2568-02-15-14.05.33.json.gz',
    ],
    [
      { office: 'อบต.', fiscalYear: 2568, gzip: true, encrypted: true },
      'ita-อบต.-ปีงบ2568-2568-02-15-14.05.33.json.gz.enc',
    ],
  ])(
    'names %o by office, scope, Buddhist-era day and time',
    (parts, expected) => {
      expect(bundleFileName({ ...parts, date: '2025-02-15', time })).toBe(
        expected,
      );
    },
  );

  it('never gives two exports of a day the same name', () => {
    const at = (second: number) =>
      bundleFileName({
        office: 'อบต.',
        fiscalYear: 2568,
        date: '2025-02-15',
        time: { ...time, second },
        gzip: false,
      });
    expect(at(33)).not.toBe(at(34));
  });

  it('puts the export date in the Buddhist era across the new year', () => {
    // 31 Dec 2024 is 31 ธ.ค. 2567, in FY2568; 1 Jan 2025 is 1 ม.ค. 2568.
    const name = (date: string) =>
      bundleFileName({
        office: 'อบต.',
        fiscalYear: 2568,
        date,
        time,
        gzip: false,
      });
    expect(name('2024-12-31')).toBe(
      'ita-อบต.-ปีงบ2568-2567-12-31-14.05.33.json',
    );
    expect(name('2025-01-01')).toBe(
      'ita-อบต.-ปีงบ2568-2568-01-01-14.05.33.json',
    );
  });

  it('replaces what file systems refuse in the office name', () => {
    expect(
      bundleFileName({
        office: ' อบต. ก/ข: "ค" ',
        fiscalYear: 2569,
        date: '2025-10-05',
        time,
        gzip: false,
      }),
    ).toBe('ita-อบต.-ก-ข-ค-ปีงบ2569-2568-10-05-14.05.33.json');
  });
});
