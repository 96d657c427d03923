import { describe, expect, it } from 'vitest';

import { csvOffices, kindInName, kindOf } from './csv-offices';

describe('kindOf', () => {
  it.each([
    ['อบต.', 'sao'],
    ['องค์การบริหารส่วนตำบล (อบต.)', 'sao'],
    ['เทศบาลตำบล', 'subdistrict-municipality'],
    ['ทม.', 'town-municipality'],
    ['City municipality (เทศบาลนคร)', 'city-municipality'],
    ['Sub-district municipality', 'subdistrict-municipality'],
    ['pao', 'pao'],
    ['อื่น ๆ', 'other'],
    ['สหกรณ์', null],
  ])('reads %s as %s', (cell, kind) => {
    expect(kindOf(cell)).toBe(kind);
  });

  it('reads a kind from the name', () => {
    expect(kindInName('ทต.ขุนแก้ว')).toBe('subdistrict-municipality');
    expect(kindInName('องค์การบริหารส่วนตำบลหนองแสง')).toBe('sao');
    expect(kindInName('เมืองพัทยา')).toBeNull();
  });
});

describe('csvOffices', () => {
  it('reads Thai headers, and a kind from the name when there is no kind column', () => {
    const read = csvOffices(
      'ชื่อหน่วยงาน,อำเภอ,จังหวัด\r\nทต.ขุนแก้ว,นครชัยศรี,นครปฐม\r\n',
    );
    expect(read).toEqual({
      ok: true,
      offices: [
        {
          rows: [2],
          name: 'ทต.ขุนแก้ว',
          kind: 'subdistrict-municipality',
          district: 'นครชัยศรี',
          province: 'นครปฐม',
        },
      ],
      notes: [],
      columns: { name: 'ชื่อหน่วยงาน', district: 'อำเภอ', province: 'จังหวัด' },
    });
  });

  it('names the columns it ignores', () => {
    const read = csvOffices(
      'Name,Kind,District,Mayor,Phone\nBan Na,sao,Mueang,Somchai,0-5432\n',
    );
    expect(read.ok && read.notes).toEqual([
      { kind: 'ignored-columns', columns: ['Mayor', 'Phone'] },
    ]);
    expect(read.ok && read.offices[0]?.kind).toBe('sao');
  });

  it('takes a name twice in the file as one office, saying which rows', () => {
    const read = csvOffices(
      'ชื่อ,ประเภท,อำเภอ\nอบต.หนองแสง,,วาปีปทุม\nองค์การบริหารส่วนตำบล หนองแสง,อบต.,วาปีปทุม\nเทศบาลตำบลขุนแก้ว,,\n',
    );
    if (!read.ok) throw new Error('not read');
    expect(read.offices.map((o) => [o.name, o.rows])).toEqual([
      ['อบต.หนองแสง', [2, 3]],
      ['เทศบาลตำบลขุนแก้ว', [4]],
    ]);
    expect(read.notes).toEqual([
      { kind: 'merged', name: 'อบต.หนองแสง', rows: [2, 3], differ: false },
    ]);
  });

  it('says when the rows of one name disagree, and keeps the first', () => {
    const read = csvOffices('ชื่อ,ประเภท\nบ้านนา,อบต.\nบ้านนา,เทศบาลตำบล\n');
    if (!read.ok) throw new Error('not read');
    expect(read.offices).toHaveLength(1);
    expect(read.offices[0]?.kind).toBe('sao');
    expect(read.notes).toEqual([
      { kind: 'merged', name: 'บ้านนา', rows: [2, 3], differ: true },
    ]);
  });

  it('keeps one name in two districts as two offices', () => {
    const read = csvOffices(
      'ชื่อ,อำเภอ\nอบต.หนองแสง,วาปีปทุม\nอบต.หนองแสง,ปากพลี\n',
    );
    expect(read.ok && read.offices).toHaveLength(2);
  });

  it('notes a row without a name and a kind it cannot read', () => {
    const read = csvOffices('ชื่อ,ประเภท\n,อบต.\nบ้านนา,สหกรณ์\n\n');
    if (!read.ok) throw new Error('not read');
    expect(read.notes).toEqual([
      { kind: 'no-name', row: 2 },
      { kind: 'unknown-kind', row: 3, value: 'สหกรณ์' },
    ]);
    expect(read.offices[0]?.kind).toBeNull();
  });

  it('refuses a file without a name column, naming the columns it has', () => {
    expect(csvOffices('รหัส,อำเภอ\n1,เมือง\n')).toEqual({
      ok: false,
      error: 'no-name-column',
      columns: ['รหัส', 'อำเภอ'],
    });
  });

  it('refuses a file of headers only', () => {
    expect(csvOffices('ชื่อ,อำเภอ\n\n')).toEqual({ ok: false, error: 'no-rows' });
  });

  it('reads a file Excel saved with semicolons or tabs', () => {
    expect(csvOffices('ชื่อ;อำเภอ\nบ้านนา;เมือง\n').ok).toBe(true);
    const tabs = csvOffices('ชื่อ\tอำเภอ\nบ้านนา\tเมือง\n');
    expect(tabs.ok && tabs.offices[0]?.district).toBe('เมือง');
  });
});
