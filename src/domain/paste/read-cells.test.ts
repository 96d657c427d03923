import { describe, expect, it } from 'vitest';

import {
  readLines,
  readMethodList,
  readMethods,
  readTitle,
  readUnits,
  stripStrayTags,
  takeLinks,
} from './read-cells';

describe('readTitle', () => {
  it.each([
    ['๑.การป้องกันการทุจริต', 1, 'การป้องกันการทุจริต', false],
    ['๓. มาตรการการใช้ ทรัพย์สิน', 3, 'มาตรการการใช้ ทรัพย์สิน', false],
    ['๒.มาตรการเปิดเผย (ต่อ)', 2, 'มาตรการเปิดเผย', true],
    ['12) Measure', 12, 'Measure', false],
    ['มาตรการไม่มีเลข', null, 'มาตรการไม่มีเลข', false],
    ['<p>๕. มาตรการ</p>', 5, 'มาตรการ', false],
    ['(ต่อ)', null, '', true],
    ['2. Open data (continued)', 2, 'Open data', true],
  ])('reads %j', (cell, number, title, continued) => {
    expect(readTitle(cell)).toEqual({ number, title, continued });
  });
});

describe('readMethods', () => {
  it.each<[string, string[]]>([
    ['๑.จัดทำคู่มือ ๒.ประชาสัมพันธ์', ['จัดทำคู่มือ', 'ประชาสัมพันธ์']],
    ['<p>๑. ก ข</p> <p>๒. ค</p>', ['ก ข', 'ค']],
    ['๓ .ติดตามผล ๔.รายงานผล', ['ติดตามผล', 'รายงานผล']],
    ['1. a 2. b 3. c', ['a', 'b', 'c']],
    // Only numbers that run on count: "๕." here is text.
    ['๑. ประชุม ๕. ครั้ง ๒. รายงาน', ['ประชุม ๕. ครั้ง', 'รายงาน']],
    // A decimal is not a step.
    ['๑. คะแนน ๙๖.๗๓ ๒. รายงาน', ['คะแนน ๙๖.๗๓', 'รายงาน']],
    // A number that does not open the cell is not a step.
    ['สรุปผลราย ๖ เดือน', ['สรุปผลราย ๖ เดือน']],
    ['ประชุม ๒. ครั้ง', ['ประชุม ๒. ครั้ง']],
    ['- จัดประชุม - ประชาสัมพันธ์', ['จัดประชุม', 'ประชาสัมพันธ์']],
    ['ขั้นหนึ่ง\nขั้นสอง', ['ขั้นหนึ่ง', 'ขั้นสอง']],
    ['  ', []],
  ])('reads %j', (cell, steps) => {
    expect(readMethods(cell)).toEqual(steps);
  });
});

describe('readMethodList', () => {
  it.each([
    ['๑.จัดทำคู่มือ ๒.ประชาสัมพันธ์', 'numbered'],
    ['๑.เทศบาลประกาศนโยบาย', 'numbered'],
    ['1) a 2) b', 'numbered'],
    ['- จัดประชุม - ประชาสัมพันธ์', 'bulleted'],
    ['<p>• ก</p><p>• ข</p>', 'bulleted'],
    ['ขั้นหนึ่ง\nขั้นสอง', 'plain'],
    ['สรุปผลราย ๖ เดือน', 'plain'],
  ] as const)('reads %j as %s', (cell, style) => {
    expect(readMethodList(cell).style).toBe(style);
  });

  it('gives no style for an empty cell', () => {
    expect(readMethodList(' ')).toEqual({ steps: [], style: undefined });
  });
});

describe('readLines', () => {
  it.each([
    ['- ก ข - ค', '- ก ข\n- ค'],
    ['<p>- ก</p> <p>- ข</p>', '- ก\n- ข'],
    ['-ติดกัน ไม่แยก', '-ติดกัน ไม่แยก'],
    ['บรรทัดหนึ่ง\nบรรทัดสอง', 'บรรทัดหนึ่ง\nบรรทัดสอง'],
    ['  ช่องว่าง   มาก  ', 'ช่องว่าง มาก'],
    ['ไม่มี', 'ไม่มี'],
    ['-', '-'],
  ])('reads %j', (cell, text) => {
    expect(readLines(cell)).toBe(text);
  });
});

describe('takeLinks', () => {
  it('takes links out of the text', () => {
    expect(takeLinks('ทำแล้ว http://www.khunkaew.go.th')).toEqual({
      text: 'ทำแล้ว',
      links: ['http://www.khunkaew.go.th'],
    });
    expect(takeLinks('ดู https://a.go.th/x?y=1, และ\nhttp://b.go.th.')).toEqual({
      text: 'ดู และ',
      links: ['https://a.go.th/x?y=1', 'http://b.go.th'],
    });
    expect(takeLinks('ไม่มีลิงก์')).toEqual({ text: 'ไม่มีลิงก์', links: [] });
  });
});

describe('readUnits', () => {
  const all = ['ทุกส่วนราชการ', 'All units'];
  it.each<[string, boolean, string[]]>([
    ['ทุกส่วน ราชการ', true, []],
    ['All units', true, []],
    ['สำนัก ปลัดเทศบาล', false, ['สำนัก ปลัดเทศบาล']],
    ['กองคลัง, กองช่าง', false, ['กองคลัง', 'กองช่าง']],
    ['กองคลัง/กองช่าง\nสำนักปลัด', false, ['กองคลัง', 'กองช่าง', 'สำนักปลัด']],
    ['กองคลัง และ กองช่าง', false, ['กองคลัง', 'กองช่าง']],
    ['กองสาธารณสุขและสิ่งแวดล้อม', false, ['กองสาธารณสุขและสิ่งแวดล้อม']],
    ['', false, []],
  ])('reads %j', (cell, allUnits, names) => {
    expect(readUnits(cell, all)).toEqual({ allUnits, names });
  });
});

describe('stripStrayTags', () => {
  it('removes formatting tags and keeps anything else as text', () => {
    expect(stripStrayTags('<p class="x">ก</p><br/><b>ข</b>')).toBe(' ก\n\n ข ');
    expect(stripStrayTags('<script>alert(1)</script>')).toBe(
      '<script>alert(1)</script>',
    );
  });
});
