import { describe, expect, it } from 'vitest';

import { exampleRecords } from '@/testing/example-records';
import { NO_UPDATE_TH, thaiReportLabels } from '@/testing/report-labels';

import { buildReport } from './build-report';
import { OFFICIAL_HEADINGS } from './report-columns';
import { reportToTable, reportToText } from './report-text';

const { office, measures, updates } = exampleRecords();

describe('reportToTable', () => {
  it('gives the title block, the seven headings and a row per measure', () => {
    const report = buildReport(
      office,
      measures,
      updates,
      2568,
      'annual',
      'thai',
    );
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
    const report = buildReport(
      office,
      measures,
      updates,
      2568,
      'six-month',
      'arabic',
    );
    const [row] = reportToTable(report, thaiReportLabels(report)).rows;
    expect(row!.slice(3)).toEqual([NO_UPDATE_TH, '', 'สำนักปลัดเทศบาล', '']);
    expect(row![0]).toBe('1. การป้องกันการทุจริต');
  });
});

describe('reportToText', () => {
  it('is the title block, a blank line and tab-separated rows, multi-line cells quoted', () => {
    const report = buildReport(
      office,
      measures,
      updates,
      2568,
      'annual',
      'thai',
    );
    const lines = reportToText(report, thaiReportLabels(report)).split('\n');
    expect(lines[3]).toBe('');
    expect(lines[4]).toBe(Object.values(OFFICIAL_HEADINGS).join('\t'));
    expect(lines[5]!.split('\t').slice(0, 2)).toEqual([
      '๑. การป้องกันการทุจริต',
      `"๑. ${measures[0]!.methods[0]}`,
    ]);
  });
});
