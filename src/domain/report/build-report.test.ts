import { describe, expect, it } from 'vitest';

import { exampleRecords } from '@/testing/example-records';

import type { ProgressUpdate } from '../types';
import { buildReport } from './build-report';

describe('buildReport', () => {
  const { office, measures, updates } = exampleRecords();

  it('gives the title block fields, in the chosen digits', () => {
    const report = buildReport(
      office,
      measures,
      updates,
      2568,
      'annual',
      'thai',
    );
    expect(report).toMatchObject({
      officeName: 'เทศบาลตำบลขุนแก้ว',
      district: 'นครชัยศรี',
      province: 'นครปฐม',
      fiscalYear: 2568,
      fiscalYearLabel: '๒๕๖๘',
      round: 'annual',
      signatories: { approvedBy: { position: 'นายกเทศมนตรีตำบลขุนแก้ว' } },
    });
    const arabic = buildReport(
      office,
      measures,
      updates,
      2568,
      'annual',
      'arabic',
    );
    expect(arabic.fiscalYearLabel).toBe('2568');
    expect(arabic.rows[10]!.number).toBe('11');
  });

  it('fills the seven columns of each measure in order', () => {
    const report = buildReport(
      office,
      measures,
      updates,
      2568,
      'annual',
      'thai',
    );
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

  it('says plainly when a measure has no update in the round', () => {
    // The example's updates are dated 30 Sep 2025: outside the 6-month round.
    const report = buildReport(
      office,
      measures,
      updates,
      2568,
      'six-month',
      'thai',
    );
    expect(report.rows.every((r) => r.result.kind === 'no-update')).toBe(true);
  });

  it('takes the latest live update reported for the round', () => {
    const base = updates[0]!;
    const at = (
      id: string,
      date: string,
      result: string,
      round: ProgressUpdate['round'] = 'six-month',
      deleted = false,
    ) => ({ ...base, id, date, result, round, deleted }) as ProgressUpdate;
    const own = [
      at('a', '2024-11-01', 'older'),
      at('b', '2025-03-31', 'latest in round'),
      at('c', '2025-03-20', 'middle'),
      at('d', '2025-04-02', 'for the annual round', 'annual'),
      at('e', '2025-03-31', 'deleted', 'six-month', true),
      at('f', '2024-09-30', 'previous fiscal year'),
    ];
    const report = buildReport(
      office,
      measures,
      own,
      2568,
      'six-month',
      'thai',
    );
    expect(report.rows[0]!.result).toMatchObject({ result: 'latest in round' });
    expect(report.rows[1]!.result).toEqual({ kind: 'no-update' });
  });

  it('counts a 6-month report handed in late, in April, for the 6-month round', () => {
    const late = {
      ...updates[0]!,
      date: '2025-04-10',
      round: 'six-month',
      result: 'late report',
    } as ProgressUpdate;
    const report = buildReport(
      office,
      measures,
      [late],
      2568,
      'six-month',
      'thai',
    );
    expect(report.rows[0]!.result).toMatchObject({ result: 'late report' });
    const annual = buildReport(
      office,
      measures,
      [late],
      2568,
      'annual',
      'thai',
    );
    expect(annual.rows[0]!.result).toEqual({ kind: 'no-update' });
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
