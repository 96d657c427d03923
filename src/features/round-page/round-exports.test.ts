import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import {
  officeRoundState,
  roundTotals,
} from '@/domain/reporting/reporting-rate';
import type { ExpectedInRound } from '@/domain/reporting/round-table';
import { compareThai } from '@/domain/table-sort';
import { everyThai } from '@/i18n/every-thai';
import { tableToCsv } from '@/ui/table-export';

import { overdueTable, totalsTable } from './round-exports';

const i18n = i18next.createInstance();
// The round page's words load with it (i18n/page-words.ts).
void i18n.init({
  resources: { th: { translation: everyThai } },
  lng: 'th',
  initAsync: false,
});
const t = i18n.t;
const format = {
  number: (n: number, options?: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat('th-TH', options).format(n),
};

const row = (
  name: string,
  district: string,
  lastDates: (string | null)[],
): ExpectedInRound => ({
  office: {
    id: name,
    name,
    kind: 'sao',
    district,
    province: 'ลำปาง',
    officeId: name,
    source: 'csv',
    addedAt: '2025-01-01T00:00:00.000Z',
  },
  state: officeRoundState(
    {
      id: name,
      district,
      measures: lastDates.map((lastDate) => ({
        lastDate,
        completed: !!lastDate,
      })),
      approved: false,
    },
    '2025-04-30',
    '2025-05-10',
  ),
});

describe('overdueTable', () => {
  it('numbers the offices and writes the days overdue as numbers', () => {
    const table = overdueTable(
      t,
      format,
      ['รายชื่อ'],
      [row('อบต.ง', 'แจ้ห่ม', [null]), row('อบต.จ', '', [])],
    );
    expect(table.headers).toEqual([
      'ลำดับ',
      'หน่วยงาน',
      'ประเภท',
      'อำเภอ',
      'จังหวัด',
      'เลยกำหนด (วัน)',
    ]);
    expect(tableToCsv(table)).toBe(
      [
        'รายชื่อ',
        '',
        'ลำดับ,หน่วยงาน,ประเภท,อำเภอ,จังหวัด,เลยกำหนด (วัน)',
        '1,อบต.ง,องค์การบริหารส่วนตำบล (อบต.),แจ้ห่ม,ลำปาง,10',
        '2,อบต.จ,องค์การบริหารส่วนตำบล (อบต.),,ลำปาง,10',
        '',
      ].join('\r\n'),
    );
  });
});

describe('totalsTable', () => {
  it('has a line per district and the province as the total, figures as numbers', () => {
    const states = [
      row('ทต.ก', 'เมือง', ['2025-03-01', null]),
      row('ทต.ข', 'เกาะคา', ['2025-05-05']),
      row('อบต.ง', 'เมือง', [null]),
    ].map((r) => r.state);
    const table = totalsTable(
      t,
      format,
      ['ยอดรวม'],
      roundTotals(states, compareThai),
      'รวมจังหวัดลำปาง',
    );
    expect(table.rows.map((r) => r[0])).toEqual(['เกาะคา', 'เมือง']);
    expect(tableToCsv(table).split('\r\n').slice(2)).toEqual([
      'อำเภอ,ต้องส่ง,ส่งแล้ว,ส่งตรงเวลา,อนุมัติแล้ว,อัตราการส่ง,อัตราการส่งตรงเวลา,มาตรการ,ดำเนินการแล้วเสร็จ,รายงานหลังกำหนด,รายงานในรอบ',
      'เกาะคา,1,1,0,0,100%,0%,1,1,1,1',
      'เมือง,2,1,1,0,50%,50%,3,1,0,1',
      'รวมจังหวัดลำปาง,3,2,1,0,66.67%,33.33%,4,2,1,2',
      '',
    ]);
  });
});
