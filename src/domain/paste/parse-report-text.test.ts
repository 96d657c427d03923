import { describe, expect, it } from 'vitest';

import { OFFICIAL_HEADINGS, REPORT_COLUMNS } from '../report/report-columns';
import { parseReportText } from './parse-report-text';
import type { ParseIssue } from './types';

const HEADER = REPORT_COLUMNS.map((c) => OFFICIAL_HEADINGS[c]);
const tsv = (rows: readonly (readonly string[])[]) =>
  rows.map((cells) => cells.join('\t')).join('\n');

/** A measure row in the official column order. */
const row = (title: string, period = 'ทั้งปีงบประมาณ', units = 'กองคลัง') => [
  title,
  'ดำเนินการ',
  period,
  'ทำแล้ว',
  'ไม่มี',
  units,
  'สำเร็จ',
];

const keysAndLines = (issues: readonly ParseIssue[]) =>
  issues.map((i) => [i.key, i.line]);

describe('parseReportText on bad input', () => {
  it('says there is no header row, at the first table row', () => {
    const result = parseReportText(tsv([['รายงาน'], row('๑. ก'), row('๒. ข')]));
    expect(result.measures).toEqual([]);
    expect(keysAndLines(result.issues)).toEqual([['noHeader', 2]]);
  });

  it('says there is no header row in text with no table at all', () => {
    const result = parseReportText('สวัสดี\nไม่มีตาราง');
    expect(keysAndLines(result.issues)).toEqual([['noHeader', 1]]);
  });

  it('names a missing required column at the header, once, and still reads the rows', () => {
    const header = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ'];
    const text = tsv([
      header,
      ['๑. ก', 'ทำ', 'กองคลัง'],
      header,
      ['๒. ข', 'ทำ', 'กองช่าง'],
    ]);
    const result = parseReportText(text);
    expect(result.issues).toEqual([
      {
        line: 1,
        severity: 'warning',
        key: 'missingColumn',
        params: { column: 'period' },
      },
    ]);
    expect(result.measures.map((m) => [m.title, m.period])).toEqual([
      ['ก', null],
      ['ข', null],
    ]);
  });

  it('cannot read rows without a title column, but reads a later table that has one', () => {
    const text = tsv([
      ['วิธีการดำเนินการ', 'ระยะเวลาดำเนินการ', 'ผู้รับผิดชอบ'],
      ['ทำ', 'ทั้งปีงบประมาณ', 'กองคลัง'],
      HEADER,
      row('๒. ข'),
    ]);
    const result = parseReportText(text);
    expect(keysAndLines(result.issues)).toEqual([['noTitleColumn', 1]]);
    expect(result.measures.map((m) => m.title)).toEqual(['ข']);
  });

  it('points at a period it cannot read and keeps the measure for correcting', () => {
    const text = tsv([
      HEADER,
      row('๑. ก'),
      row('๒. ข', 'ตามความเหมาะสม'),
      row('๓. ค'),
    ]);
    const result = parseReportText(text);
    expect(result.issues).toEqual([
      {
        line: 3,
        severity: 'error',
        key: 'unreadablePeriod',
        params: { text: 'ตามความเหมาะสม' },
        measure: 1,
      },
    ]);
    expect(result.measures.map((m) => m.period?.kind ?? null)).toEqual([
      'fiscal-year',
      null,
      'fiscal-year',
    ]);
    expect(result.measures[1]!.periodText).toBe('ตามความเหมาะสม');
  });

  it('repairs the Thai a PDF copy breaks, where the repair is certain', () => {
    // Sara am as nikhahit + sara aa, a tone mark before its vowel, a space before a vowel.
    const title = '๑. การดํ\u0e32เนินการท\u0e48\u0e35 ด ีที\u0e48สุด';
    const result = parseReportText(tsv([HEADER, row(title)]));
    expect(result.measures[0]!.title).toBe('การดำเนินการที่ ดีที่สุด');
  });

  it('says why a quarter or a range cannot be a period', () => {
    const text = tsv([
      HEADER,
      row('๑. ก', 'ไตรมาส ๕'),
      row('๒. ข', 'ก.ย.๖๘ - ต.ค.๖๗'),
    ]);
    expect(keysAndLines(parseReportText(text).issues)).toEqual([
      ['quarterOutOfRange', 2],
      ['periodEndsBeforeStart', 3],
    ]);
  });

  it('points at an empty period', () => {
    const result = parseReportText(tsv([HEADER, row('๑. ก', '')]));
    expect(keysAndLines(result.issues)).toEqual([['missingPeriod', 2]]);
  });

  it('points at rows that belong to no measure and reads the others', () => {
    const text = tsv([
      HEADER,
      ['', 'ขั้นที่ลอยอยู่', '', '', '', '', ''],
      row('๑. ก'),
      row('๕. ไม่เคยมี (ต่อ)'),
      row('๒. ข'),
    ]);
    const result = parseReportText(text);
    expect(keysAndLines(result.issues)).toEqual([
      ['orphanRow', 2],
      ['orphanRow', 4],
    ]);
    expect(result.measures.map((m) => m.title)).toEqual(['ก', 'ข']);
  });

  it('points at table rows above the first header and reads the rest', () => {
    const text = tsv([row('๑. ก'), HEADER, row('๒. ข')]);
    const result = parseReportText(text);
    expect(keysAndLines(result.issues)).toEqual([['rowBeforeHeader', 1]]);
    expect(result.measures.map((m) => m.title)).toEqual(['ข']);
  });

  it('warns about a line that is not a table row, and about cells beyond the table', () => {
    const text = tsv([HEADER, [...row('๑. ก'), 'เกิน'], ['ลงชื่อ ผู้รายงาน']]);
    const result = parseReportText(text);
    expect(result.issues).toEqual([
      {
        line: 2,
        severity: 'warning',
        key: 'extraCells',
        params: { count: 1, text: 'เกิน' },
      },
      {
        line: 3,
        severity: 'warning',
        key: 'notTableRow',
        params: { text: 'ลงชื่อ ผู้รายงาน' },
      },
    ]);
    expect(result.measures).toHaveLength(1);
  });

  it('warns when a continued measure gives another period, and keeps the first', () => {
    const text = tsv([
      HEADER,
      row('๑. ก'),
      HEADER,
      row('๑. ก (ต่อ)', 'ต.ค.๖๗ - ธ.ค.๖๗'),
    ]);
    const result = parseReportText(text);
    expect(keysAndLines(result.issues)).toEqual([['periodDiffers', 2]]);
    expect(result.measures[0]!.period).toEqual({ kind: 'fiscal-year' });
  });

  it('says so when a header has no rows under it', () => {
    const result = parseReportText(tsv([['ชื่อรายงาน'], HEADER]));
    expect(keysAndLines(result.issues)).toEqual([['noRows', 2]]);
  });

  it('reads pasted HTML as text: tags other than stray formatting stay as text', () => {
    const result = parseReportText(
      tsv([HEADER, row('๑. <img src=x onerror=alert(1)> <script>x</script>')]),
    );
    expect(result.measures[0]!.title).toBe(
      '<img src=x onerror=alert(1)> <script>x</script>',
    );
  });
});

describe('parseReportText on good input', () => {
  it('joins a continuation row with an empty title and skips cells it repeats', () => {
    const text = tsv([
      HEADER,
      ['๑. ก', '๑. ขั้นแรก', 'ทั้งปีงบประมาณ', 'ทำ', 'ไม่มี', 'กองคลัง', '- ผลหนึ่ง'],
      ['', '๒. ขั้นสอง', 'ทั้งปีงบประมาณ', '', 'ไม่มี', 'กองคลัง', '- ผลสอง'],
    ]);
    const [measure] = parseReportText(text).measures;
    expect(measure).toMatchObject({
      methods: ['ขั้นแรก', 'ขั้นสอง'],
      suggestions: 'ไม่มี',
      unitNames: ['กองคลัง'],
      outcome: '- ผลหนึ่ง\n- ผลสอง',
    });
  });

  it('maps columns by heading in any order, with synonyms and a number column', () => {
    const text = tsv([
      ['ที่', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'มาตรการ', 'ปัญหาและอุปสรรค'],
      ['7', 'กองช่าง', 'ม.ค.68 - มี.ค.68', 'ซ่อมถนน', 'งบไม่พอ'],
    ]);
    const [measure] = parseReportText(text).measures;
    expect(measure).toMatchObject({
      number: 7,
      title: 'ซ่อมถนน',
      period: { kind: 'months', from: '2025-01', to: '2025-03' },
      unitNames: ['กองช่าง'],
      problems: 'งบไม่พอ',
    });
  });

  it('reads the fiscal year and a 6-month round from the title block', () => {
    const text = tsv([
      ['รายงานผล … รอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙'],
      HEADER,
      row('๑. ก', 'ต.ค. - ธ.ค.'),
    ]);
    const result = parseReportText(text);
    expect(result).toMatchObject({ fiscalYear: 2569, round: 'six-month' });
    expect(result.measures[0]!.period).toEqual({
      kind: 'months',
      from: '2025-10',
      to: '2025-12',
    });
  });

  it('reads the problems labelled in the results column, as the app prints them', () => {
    const cell = (result: string) => {
      const cells = row('๑. ก');
      cells[3] = result;
      return tsv([HEADER, cells.map((c) => (c.includes('\n') ? `"${c}"` : c))]);
    };
    const one = parseReportText(
      cell('ทำแล้ว\nปัญหาและอุปสรรค: งบไม่พอ\nhttps://x.go.th/a'),
    ).measures[0];
    expect(one).toMatchObject({
      result: 'ทำแล้ว',
      problems: 'งบไม่พอ',
      evidence: ['https://x.go.th/a'],
    });
    const below = parseReportText(
      cell('ณ วันที่ ๑ ธ.ค. ๒๕๖๗\nร่าง\nปัญหาและอุปสรรค:\n- ขาดคน\n- งบไม่พอ'),
    ).measures[0];
    expect(below).toMatchObject({
      result: 'ณ วันที่ ๑ ธ.ค. ๒๕๖๗\nร่าง',
      problems: '- ขาดคน\n- งบไม่พอ',
    });
    // The words inside a sentence are not the label.
    const inside = parseReportText(cell('แก้ปัญหาและอุปสรรค: ได้')).measures[0];
    expect(inside).toMatchObject({
      result: 'แก้ปัญหาและอุปสรรค: ได้',
      problems: '',
    });
  });

  it('reads the problems label in another language when told it', () => {
    const text = tsv([
      ['Measure', 'Methods', 'Period', 'Result', 'Responsible'],
      [
        '1. A',
        'Do',
        'ทั้งปีงบประมาณ',
        '"Done\nProblems and obstacles: none"',
        'x',
      ],
    ]);
    const [measure] = parseReportText(text, {
      headings: { methods: ['Methods'], result: ['Result'] },
      problemsWords: ['Problems and obstacles'],
    }).measures;
    expect(measure).toMatchObject({ result: 'Done', problems: 'none' });
  });

  it("reads the app's own words in another language when told them", () => {
    const text = tsv([
      ['Measure', 'Methods', 'Period', 'Result', 'Responsible'],
      ['1. A', 'Do', 'ทั้งปีงบประมาณ', 'No update in this round', 'All units'],
    ]);
    const result = parseReportText(text, {
      headings: { methods: ['Methods'], result: ['Result'] },
      allUnitsWords: ['All units'],
      noUpdateWords: ['No update in this round'],
    });
    expect(result.issues).toEqual([]);
    expect(result.measures[0]).toMatchObject({
      title: 'A',
      methods: ['Do'],
      allUnits: true,
      result: '',
    });
  });
});
