import { describe, expect, it } from 'vitest';

import { readSheetCells } from '@/testing/xlsx-cells';

import { escapeHtml, tableToHtml } from './copy-table';
import {
  csvBlob,
  isFormula,
  numberCell,
  tableToCsv,
  xlsxBlob,
  type TextTable,
} from './table-export';

const table: TextTable = {
  title: ['รายงานผล', 'ปีงบประมาณ 2568'],
  headers: ['มาตรการ', 'ผลลัพธ์'],
  rows: [
    ['๑. ก, ข', '- ผลหนึ่ง\n- ผลสอง'],
    ['=1+1', 'ว่า "ดี"'],
  ],
};

describe('tableToCsv', () => {
  it('writes the title, a blank line, the headings and the rows, quoting where needed', () => {
    expect(tableToCsv(table).split('\r\n')).toEqual([
      'รายงานผล',
      'ปีงบประมาณ 2568',
      '',
      'มาตรการ,ผลลัพธ์',
      `"๑. ก, ข","- ผลหนึ่ง\n- ผลสอง"`,
      `'=1+1,"ว่า ""ดี"""`,
      '',
    ]);
  });

  it('writes figures as plain numbers whatever digits the screen shows, and the totals last', () => {
    const figures: TextTable = {
      title: [],
      headers: ['ส่วนราชการ', 'มาตรการ', 'สัดส่วน'],
      rows: [
        ['กองคลัง', numberCell(12, '๑๒'), numberCell(0.4545, '๔๕%', true)],
        ['กองช่าง', numberCell(-2, '-๒'), numberCell(1, '๑๐๐%', true)],
      ],
      totals: [
        ['รวม', numberCell(1234, '๑,๒๓๔'), numberCell(0.5, '๕๐%', true)],
      ],
    };
    expect(tableToCsv(figures).split('\r\n')).toEqual([
      'ส่วนราชการ,มาตรการ,สัดส่วน',
      'กองคลัง,12,45.45%',
      'กองช่าง,-2,100%',
      'รวม,1234,50%',
      '',
    ]);
  });
});

describe('isFormula', () => {
  // What a spreadsheet would run (OWASP CSV injection): guarded.
  it.each([
    '=HYPERLINK("http://x","y")',
    '=1+1',
    '= ดี',
    '-2+3',
    '+1+1',
    '-SUM(A1:A2)',
    '- 5 ครั้ง',
    '@SUM(A1)',
    "+cmd|' /C calc'!A0",
    '-(1)',
    '\t=1+1',
    '\tข้อความ',
    '\rข้อความ',
  ])('guards %j', (cell) => {
    expect(isFormula(cell)).toBe(true);
  });

  // Bullets, signed numbers and fractions it reads as text or a plain number.
  it.each([
    '- ลดโอกาสการทุจริต',
    '-ลดโอกาส',
    '+ เพิ่มช่องทาง',
    '@ ที่ประชุม',
    '-2',
    '+5',
    '-2.5',
    '2/2',
    '1/12',
    'ก-ข',
    '',
    '-',
  ])('leaves %j', (cell) => {
    expect(isFormula(cell)).toBe(false);
  });
});

describe('csvBlob', () => {
  it('is UTF-8 with a byte-order mark', async () => {
    const bytes = new Uint8Array(await csvBlob(table).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('รายงานผล');
  });
});

describe('xlsxBlob', () => {
  const cellsOf = async (t: TextTable) =>
    readSheetCells(
      new Uint8Array(await (await xlsxBlob(t, 'x')).arrayBuffer()),
    );

  it('is a zip (an .xlsx workbook)', async () => {
    const blob = await xlsxBlob(table, 'รายงาน');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  });

  it('keeps text as text cells, formula-like and date-like text included', async () => {
    const rows = await cellsOf({
      title: ['หัวเรื่อง'],
      headers: ['a', 'b', 'c'],
      rows: [['=1+1', '2/2', '12']],
    });
    const text = (value: string) => ({ type: 'text', value });
    expect(rows).toEqual([
      [text('หัวเรื่อง')],
      [],
      ['a', 'b', 'c'].map(text),
      ['=1+1', '2/2', '12'].map(text),
    ]);
  });

  it('writes figures as number cells, the totals too', async () => {
    const rows = await cellsOf({
      title: [],
      headers: ['ส่วนราชการ', 'มาตรการ', 'สัดส่วน'],
      rows: [['กองคลัง', numberCell(12, '๑๒'), numberCell(0.25, '๒๕%', true)]],
      totals: [['รวม', numberCell(2, '๒'), numberCell(1, '๑๐๐%', true)]],
    });
    expect(rows.slice(1)).toEqual([
      [
        { type: 'text', value: 'กองคลัง' },
        { type: 'number', value: 12 },
        { type: 'number', value: 0.25 },
      ],
      [
        { type: 'text', value: 'รวม' },
        { type: 'number', value: 2 },
        { type: 'number', value: 1 },
      ],
    ]);
  });
});

describe('tableToHtml', () => {
  it('escapes the text and keeps line breaks', () => {
    const html = tableToHtml({
      title: ['<script>'],
      headers: ['a&b'],
      rows: [['x\ny']],
    });
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('>a&amp;b</th>');
    expect(html).toContain('>x<br>y</td>');
    expect(escapeHtml('"')).toBe('&quot;');
  });

  it('shows figures as the screen does, the totals too', () => {
    const html = tableToHtml({
      title: [],
      headers: ['n'],
      rows: [[numberCell(12, '๑๒')]],
      totals: [[numberCell(12, '๑๒')]],
    });
    expect(html.match(/>๑๒<\/td>/g)).toHaveLength(2);
  });
});
