import { describe, expect, it } from 'vitest';

import { exampleRecords } from '@/testing/example-records';
import { exampleReport } from '@/testing/example-report';

import type { ProgressUpdate } from '../types';
import { buildReport, type Report } from './build-report';

describe('buildReport', () => {
  const { office, measures, updates } = exampleRecords();

  it('gives the title block fields, in the chosen digits', () => {
    const report = exampleReport();
    expect(report).toMatchObject({
      officeName: 'เทศบาลตำบลขุนแก้ว',
      district: 'นครชัยศรี',
      province: 'นครปฐม',
      fiscalYear: 2568,
      fiscalYearLabel: '๒๕๖๘',
      round: 'annual',
      signatories: { approvedBy: { position: 'นายกเทศมนตรีตำบลขุนแก้ว' } },
    });
    const arabic = exampleReport('annual', 'arabic');
    expect(arabic.fiscalYearLabel).toBe('2568');
    expect(arabic.rows[10]!.number).toBe('11');
  });

  it('fills the seven columns of each measure in order', () => {
    const report = exampleReport();
    expect(report.rows.map((r) => r.number)).toEqual([
      '๑',
      '๒',
      '๓',
      '๔',
      '๕',
      '๖',
      '๗',
      '๘',
      '๙',
      '๑๐',
      '๑๑',
    ]);
    expect(report.rows[1]).toMatchObject({
      title: 'มาตรการเปิดเผยข้อมูลสาธารณะ และกำกับติดตามการเผยแพร่ข้อมูลสาธารณะ',
      period: 'ทั้งปีงบประมาณ',
      units: { kind: 'all' },
      result: { kind: 'reported', evidence: ['http://www.khunkaew.go.th'] },
    });
    expect(report.rows[5]).toMatchObject({
      period: 'ต.ค.๖๗ - ก.ย.๖๘',
      units: { kind: 'named', names: ['กองคลัง'] },
    });
    expect(report.rows[9]!.period).toBe('ธันวาคม ๒๕๖๖');
  });

  const base = updates[0]!;
  const at = (
    id: string,
    date: string,
    result: string,
    round: ProgressUpdate['round'] = 'six-month',
    deleted = false,
  ) =>
    ({
      ...base,
      id,
      date,
      result,
      suggestions: `${result}: suggestions`,
      outcome: `${result}: outcome`,
      problems: '',
      evidence: [`https://x.go.th/${id}`],
      round,
      deleted,
    }) as ProgressUpdate;
  const resultsOf = (report: Report, row = 0) => {
    const result = report.rows[row]!.result;
    return result.kind === 'reported'
      ? result.entries.map((e) => e.result)
      : result.kind;
  };
  const report = (own: ProgressUpdate[], round: ProgressUpdate['round']) =>
    buildReport(office, measures, own, 2568, round, 'thai');

  it('says plainly when a measure has no update in the round', () => {
    const june = report([at('a', '2025-06-01', 'june', 'annual')], 'six-month');
    expect(june.rows.every((r) => r.result.kind === 'no-update')).toBe(true);
  });

  it('takes every live update of the round, oldest first, the latest last', () => {
    const own = [
      at('b', '2025-03-31', 'latest in round'),
      at('a', '2024-11-01', 'older'),
      at('c', '2025-03-20', 'middle'),
      at('d', '2025-04-02', 'after the 6-month round', 'annual'),
      at('e', '2025-03-31', 'deleted', 'six-month', true),
      at('f', '2024-09-30', 'previous fiscal year'),
    ];
    const sixMonth = report(own, 'six-month');
    expect(resultsOf(sixMonth)).toEqual(['older', 'middle', 'latest in round']);
    expect(sixMonth.rows[0]!.result).toMatchObject({
      kind: 'reported',
      date: '2025-03-31',
      evidence: ['https://x.go.th/a', 'https://x.go.th/c', 'https://x.go.th/b'],
    });
    expect(sixMonth.rows[1]!.result).toEqual({ kind: 'no-update' });
    // The annual round is the whole fiscal year.
    expect(resultsOf(report(own, 'annual'))).toEqual([
      'older',
      'middle',
      'latest in round',
      'after the 6-month round',
    ]);
  });

  it('prints an update of 1 December, proposed for the 6-month round, in the annual report', () => {
    const december = at('a', '2024-12-01', 'finished', 'six-month');
    expect(resultsOf(report([december], 'annual'))).toEqual(['finished']);
    expect(resultsOf(report([december], 'six-month'))).toEqual(['finished']);
  });

  it('counts a 6-month report handed in late, in April, for the 6-month round', () => {
    const late = at('a', '2025-04-10', 'late report', 'six-month');
    expect(resultsOf(report([late], 'six-month'))).toEqual(['late report']);
    expect(resultsOf(report([late], 'annual'))).toEqual(['late report']);
    const notLate = at('a', '2025-04-10', 'april', 'annual');
    expect(resultsOf(report([notLate], 'six-month'))).toBe('no-update');
  });

  it('counts an annual report handed in late, in October, for the annual round only', () => {
    const late = at('a', '2025-10-05', 'annual, late', 'annual');
    expect(resultsOf(report([late], 'annual'))).toEqual(['annual, late']);
    expect(resultsOf(report([late], 'six-month'))).toBe('no-update');
    const nextYear = at('a', '2025-10-05', 'next year', 'six-month');
    expect(resultsOf(report([nextYear], 'annual'))).toBe('no-update');
  });

  it("keeps each update's texts and problems in its entry", () => {
    const own = [{ ...at('a', '2024-12-01', 'r'), problems: 'งบประมาณล่าช้า' }];
    expect(report(own, 'annual').rows[0]!.result).toEqual({
      kind: 'reported',
      date: '2024-12-01',
      entries: [
        {
          date: '2024-12-01',
          result: 'r',
          suggestions: 'r: suggestions',
          outcome: 'r: outcome',
          problems: 'งบประมาณล่าช้า',
          evidence: ['https://x.go.th/a'],
        },
      ],
      evidence: ['https://x.go.th/a'],
    });
  });

  it('leaves out deleted measures, other years, and units the office no longer has', () => {
    const [first, second, ...rest] = measures;
    const others = [
      { ...first!, deleted: true },
      { ...second!, unitIds: ['gone', ...second!.unitIds], allUnits: false },
      { ...rest[0]!, fiscalYear: 2567 },
      ...rest.slice(1),
    ];
    const report = buildReport(
      office,
      others,
      updates,
      2568,
      'annual',
      'arabic',
    );
    expect(report.rows).toHaveLength(9);
    expect(report.rows[0]).toMatchObject({
      number: '1',
      units: { kind: 'named', names: [] },
    });
  });
});
