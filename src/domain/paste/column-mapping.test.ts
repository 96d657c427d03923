import { describe, expect, it } from 'vitest';

import { OFFICIAL_HEADINGS, REPORT_COLUMNS } from '../report/report-columns';
import { withColumnMapping } from './column-mapping';
import { headingColumn } from './headings';
import { parseReportText } from './parse-report-text';

const tsv = (rows: readonly (readonly string[])[]) =>
  rows.map((cells) => cells.join('\t')).join('\n');

describe('headingColumn on headings worded differently', () => {
  it.each([
    ['ข้อเสนอแนะ/ แนวทางแก้ไข', 'suggestions'],
    ['ผลลัพธ์/ความสำเร็จ ของการดำเนินการ', 'outcome'],
    ['ผลลัพธ์/\nความสำเร็จของการ\nดำเนินการ', 'outcome'],
    ['มาตรการ / แนวทาง', 'title'],
    ['ข้อเสนอแนะ / แนวทางการพัฒนา', 'suggestions'],
  ] as const)('%s → %s', (heading, column) => {
    expect(headingColumn(heading)).toBe(column);
  });

  it('leaves a heading of no field unrecognised', () => {
    expect(headingColumn('หมายเหตุ')).toBeUndefined();
    expect(headingColumn('งบประมาณ/แหล่งเงิน')).toBeUndefined();
  });
});

const HEADER = [
  'มาตรการ/แนวทาง',
  'วิธีการดำเนินการ',
  'ระยะเวลาดำเนินการ',
  'ผู้รับผิดชอบ',
  'สิ่งที่ได้ทำ',
  'หมายเหตุ',
];
const TEXT = tsv([
  HEADER,
  ['๑. มาตรการ ก', 'ประชุม', 'ทั้งปีงบประมาณ', 'กองคลัง', 'ทำแล้ว', 'ดูแฟ้ม'],
  ['', '', '', '', '', ''],
  ['๒. มาตรการ ข', 'อบรม', 'ทั้งปีงบประมาณ', 'กองคลัง', 'อบรมครบ', ''],
]);

describe('unknown columns and their mapping', () => {
  it('lists every column it could not place, with its heading and first values', () => {
    const result = parseReportText(TEXT);
    expect(result.unknownColumns).toEqual([
      { key: 'สิ่งที่ได้ทำ', heading: 'สิ่งที่ได้ทำ', values: ['ทำแล้ว', 'อบรมครบ'] },
      { key: 'หมายเหตุ', heading: 'หมายเหตุ', values: ['ดูแฟ้ม'] },
    ]);
    expect(result.headerColumns).toEqual([
      'title',
      'methods',
      'period',
      'units',
    ]);
    expect(result.measures.map((m) => m.result)).toEqual(['', '']);
  });

  it('reads a mapped column as its field and leaves an ignored one out, still listing both', () => {
    const options = withColumnMapping(
      {},
      { สิ่งที่ได้ทำ: 'result', หมายเหตุ: 'ignore' },
    );
    const result = parseReportText(TEXT, options);
    expect(result.measures.map((m) => m.result)).toEqual(['ทำแล้ว', 'อบรมครบ']);
    expect(result.measures.map((m) => m.problems)).toEqual(['', '']);
    expect(result.unknownColumns.map((c) => c.key)).toEqual([
      'สิ่งที่ได้ทำ',
      'หมายเหตุ',
    ]);
    expect(result.headerColumns).toContain('result');
  });

  it('asks about a second column of a heading already read, and reads it as chosen', () => {
    const text = tsv([
      ['มาตรการ', 'วิธีการดำเนินการ', 'ระยะเวลาดำเนินการ', 'ข้อเสนอแนะ', 'ข้อเสนอแนะ'],
      ['๑. มาตรการ ก', 'ประชุม', 'ทั้งปีงบประมาณ', 'ควรทำต่อ', 'งบไม่พอ'],
    ]);
    const asked = parseReportText(text);
    expect(asked.unknownColumns).toEqual([
      {
        key: 'ข้อเสนอแนะ@5',
        heading: 'ข้อเสนอแนะ',
        values: ['งบไม่พอ'],
        repeats: 'suggestions',
      },
    ]);
    expect(asked.measures[0]?.suggestions).toBe('ควรทำต่อ');
    const read = parseReportText(
      text,
      withColumnMapping({}, { 'ข้อเสนอแนะ@5': 'problems' }),
    );
    expect(read.measures[0]?.suggestions).toBe('ควรทำต่อ');
    expect(read.measures[0]?.problems).toBe('งบไม่พอ');
    expect(read.unknownColumns.map((c) => c.key)).toEqual(['ข้อเสนอแนะ@5']);
  });

  it('keeps the options it was given', () => {
    const options = withColumnMapping(
      { headings: { period: ['Period'] }, allUnitsWords: ['All units'] },
      { หมายเหตุ: 'problems' },
    );
    expect(options.headings?.period).toEqual(['Period']);
    expect(options.allUnitsWords).toEqual(['All units']);
    expect(options.columnMapping).toEqual({ หมายเหตุ: 'problems' });
  });

  it('finds nothing unknown in the official header', () => {
    const header = REPORT_COLUMNS.map((c) => OFFICIAL_HEADINGS[c]);
    const result = parseReportText(
      tsv([
        header,
        ['๑. ก', 'ทำ', 'ทั้งปีงบประมาณ', 'ทำแล้ว', 'ไม่มี', 'กองคลัง', 'ดี'],
      ]),
    );
    expect(result.unknownColumns).toEqual([]);
  });

  it('reads the two headings the issue names instead of dropping them', () => {
    const header = [
      'มาตรการ/แนวทาง',
      'วิธีการดำเนินการ',
      'ระยะเวลาดำเนินการ',
      'ข้อเสนอแนะ/ แนวทางแก้ไข',
      'ผู้รับผิดชอบ',
      'ผลลัพธ์/ความสำเร็จ ของการดำเนินการ',
    ];
    const result = parseReportText(
      tsv([header, ['๑. ก', 'ทำ', 'ทั้งปีงบประมาณ', 'ควรทำต่อ', 'กองคลัง', 'ดี']]),
    );
    expect(result.unknownColumns).toEqual([]);
    expect(result.measures[0]).toMatchObject({
      suggestions: 'ควรทำต่อ',
      outcome: 'ดี',
    });
  });
});
