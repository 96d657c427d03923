import { describe, expect, it } from 'vitest';

import { exampleRecords } from '@/testing/example-records';
import { exampleReport } from '@/testing/example-report';
import { NO_UPDATE_TH, thaiReportLabels } from '@/testing/report-labels';

import type { Measure, ProgressUpdate } from '../types';
import { buildReport } from './build-report';
import { OFFICIAL_HEADINGS } from './report-columns';
import { reportToTable, reportToText, rowCells } from './report-text';

const { office, measures, updates } = exampleRecords();

describe('reportToTable', () => {
  it('gives the title block, the seven headings and a row per measure', () => {
    const report = exampleReport();
    const table = reportToTable(report, thaiReportLabels(report));
    expect(table.title[1]).toContain('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘');
    expect(table.headers).toEqual(Object.values(OFFICIAL_HEADINGS));
    expect(table.rows).toHaveLength(11);
    expect(table.rows[0]).toEqual([
      '๑. การป้องกันการทุจริต',
      `๑. ${measures[0]!.methods[0]}\n๒. ${measures[0]!.methods[1]}`,
      'ทั้งปีงบประมาณ',
      `${updates[0]!.result}\nhttp://www.khunkaew.go.th`,
      'ไม่มี',
      'สำนักปลัดเทศบาล',
      updates[0]!.outcome,
    ]);
    // One step is not numbered; ทุกส่วนราชการ is written out.
    expect(table.rows[6]![1]).toBe(measures[6]!.methods[0]);
    expect(table.rows[6]![5]).toBe('ทุกส่วนราชการ');
  });

  it('writes the no-update words in the results column only', () => {
    const report = exampleReport('six-month', 'arabic');
    const [row] = reportToTable(report, thaiReportLabels(report)).rows;
    // The measure's own evidence link still prints, under the words.
    expect(row!.slice(3)).toEqual([
      `${NO_UPDATE_TH}\nhttp://www.khunkaew.go.th`,
      '',
      'สำนักปลัดเทศบาล',
      '',
    ]);
    expect(row![0]).toBe('1. การป้องกันการทุจริต');
  });
});

describe('reportToText', () => {
  it('is the title block, a blank line and tab-separated rows, multi-line cells quoted', () => {
    const report = exampleReport();
    const lines = reportToText(report, thaiReportLabels(report)).split('\n');
    expect(lines[3]).toBe('');
    expect(lines[4]).toBe(Object.values(OFFICIAL_HEADINGS).join('\t'));
    expect(lines[5]!.split('\t').slice(0, 2)).toEqual([
      '๑. การป้องกันการทุจริต',
      `"๑. ${measures[0]!.methods[0]}`,
    ]);
  });
});

describe('the methods cell', () => {
  const steps = ['ประชุม', 'ประชาสัมพันธ์'];
  const methodsOf = (
    methods: string[],
    methodsStyle: Measure['methodsStyle'],
    digits: 'thai' | 'arabic' = 'thai',
  ) => {
    const measure = { ...measures[0]!, methods, methodsStyle };
    const report = buildReport(office, [measure], [], 2568, 'annual', digits);
    return reportToTable(report, thaiReportLabels(report)).rows[0]![1];
  };

  it('keeps the list style the steps were written in', () => {
    expect(methodsOf(steps, 'numbered')).toBe('๑. ประชุม\n๒. ประชาสัมพันธ์');
    expect(methodsOf(steps, 'numbered', 'arabic')).toBe(
      '1. ประชุม\n2. ประชาสัมพันธ์',
    );
    expect(methodsOf(steps, 'bulleted')).toBe('- ประชุม\n- ประชาสัมพันธ์');
    expect(methodsOf(steps, 'plain')).toBe('ประชุม\nประชาสัมพันธ์');
    // A single step keeps its number or bullet too.
    expect(methodsOf(['ประชุม'], 'numbered')).toBe('๑. ประชุม');
    expect(methodsOf(['ประชุม'], 'bulleted')).toBe('- ประชุม');
  });

  it('numbers two or more steps and leaves one bare when no style is kept', () => {
    expect(methodsOf(steps, undefined)).toBe('๑. ประชุม\n๒. ประชาสัมพันธ์');
    expect(methodsOf(['ประชุม'], undefined)).toBe('ประชุม');
  });
});

describe('the result cell', () => {
  const resultOf = (measureEvidence: string[], updateEvidence: string[]) => {
    const measure = { ...measures[0]!, evidence: measureEvidence };
    const update = { ...updates[0]!, evidence: updateEvidence };
    const report = buildReport(
      office,
      [measure],
      [update],
      2568,
      'annual',
      'thai',
    );
    return reportToTable(report, thaiReportLabels(report)).rows[0]![3];
  };

  it("prints the measure's own evidence links after the update's, each once", () => {
    const result = updates[0]!.result;
    expect(resultOf(['https://a.go.th/plan'], ['https://a.go.th/photo'])).toBe(
      `${result}\nhttps://a.go.th/photo\nhttps://a.go.th/plan`,
    );
    expect(resultOf(['https://a.go.th/x'], ['https://a.go.th/x'])).toBe(
      `${result}\nhttps://a.go.th/x`,
    );
  });

  it("prints the measure's evidence under the no-update words too", () => {
    const measure = { ...measures[0]!, evidence: ['https://a.go.th/plan'] };
    const report = buildReport(office, [measure], [], 2568, 'annual', 'thai');
    const [row] = reportToTable(report, thaiReportLabels(report)).rows;
    expect(row![3]).toBe(`${NO_UPDATE_TH}\nhttps://a.go.th/plan`);
  });
});

describe('the results, suggestions and outcome of a round', () => {
  const at = (
    id: string,
    date: string,
    fields: Partial<ProgressUpdate>,
  ): ProgressUpdate => ({
    ...updates[0]!,
    id,
    date,
    round: 'six-month',
    result: '',
    suggestions: '',
    outcome: '',
    problems: '',
    evidence: [],
    ...fields,
  });
  const cellsOf = (
    own: ProgressUpdate[],
    digits: 'thai' | 'arabic' = 'thai',
  ) => {
    // Without the measure's own links, which print after the updates'.
    const bare = measures.map((m) => ({ ...m, evidence: [] }));
    const report = buildReport(office, bare, own, 2568, 'annual', digits);
    return rowCells(report.rows[0]!, report, thaiReportLabels(report));
  };

  it('of one update are its texts, with its problems labelled under the result', () => {
    const cells = cellsOf([
      at('a', '2025-06-01', {
        result: 'จัดประชุม',
        problems: 'งบประมาณล่าช้า',
        evidence: ['https://x.go.th/a'],
        suggestions: 'ไม่มี',
        outcome: '- ผลลัพธ์',
      }),
    ]);
    expect(cells.result).toBe(
      'จัดประชุม\nปัญหาและอุปสรรค: งบประมาณล่าช้า\nhttps://x.go.th/a',
    );
    expect(cells.suggestions).toBe('ไม่มี');
    expect(cells.outcome).toBe('- ผลลัพธ์');
  });

  it('of several updates hold each, dated, oldest first, the latest last', () => {
    const cells = cellsOf([
      at('b', '2025-06-01', {
        result: 'ประกาศใช้คู่มือ',
        suggestions: 'ไม่มี',
        outcome: '- ผลลัพธ์ครบ',
        evidence: ['https://x.go.th/b'],
      }),
      at('a', '2024-12-01', {
        result: 'ร่างคู่มือ',
        suggestions: 'ไม่มี',
        problems: 'ขาดผู้รับผิดชอบ',
        evidence: ['https://x.go.th/a'],
      }),
      at('c', '2025-07-01', { result: 'เผยแพร่', problems: 'เว็บไซต์ล่ม' }),
    ]);
    expect(cells.result).toBe(
      [
        'ณ วันที่ ๑ ธ.ค. ๒๕๖๗',
        'ร่างคู่มือ',
        'ณ วันที่ ๑ มิ.ย. ๒๕๖๘',
        'ประกาศใช้คู่มือ',
        'ณ วันที่ ๑ ก.ค. ๒๕๖๘',
        'เผยแพร่',
        'ปัญหาและอุปสรรค:',
        'ณ วันที่ ๑ ธ.ค. ๒๕๖๗',
        'ขาดผู้รับผิดชอบ',
        'ณ วันที่ ๑ ก.ค. ๒๕๖๘',
        'เว็บไซต์ล่ม',
        'https://x.go.th/a',
        'https://x.go.th/b',
      ].join('\n'),
    );
    // The same words again add nothing: said once; one text left is not dated.
    expect(cells.suggestions).toBe('ไม่มี');
    expect(cells.outcome).toBe('- ผลลัพธ์ครบ');
  });

  it("date the entries in the report's digits", () => {
    const cells = cellsOf(
      [
        at('a', '2024-12-01', { outcome: 'ก' }),
        at('b', '2025-06-01', { outcome: 'ข' }),
      ],
      'arabic',
    );
    expect(cells.outcome).toBe('ณ วันที่ 1 ธ.ค. 2567\nก\nณ วันที่ 1 มิ.ย. 2568\nข');
  });
});
