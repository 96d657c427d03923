import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';

import { answerSheet } from '@/domain/oit/sheet';
import type { OitItem } from '@/domain/types';
import { addFormatters } from '@/i18n/formatters';
import itasTh from '@/i18n/itas/th.json';
import th from '@/i18n/th.json';
import { makeMeasure } from '@/testing/records';
import { tableToCsv } from '@/ui/table-export';

import { sheetTable } from './sheet-export';

const i18n = createInstance();
void i18n.init({
  resources: { th: { translation: th, itas: itasTh } },
  lng: 'th',
  defaultNS: 'itas',
  interpolation: { escapeValue: false },
  initAsync: false,
});
addFormatters(i18n);
const t = i18n.getFixedT('th', 'itas') as TFunction<'itas'>;

const item = (fields: Partial<OitItem>): OitItem => ({
  id: fields.number ?? 'i',
  rev: `1-${'0'.repeat(32)}`,
  revs: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  officeId: 'office-1',
  fiscalYear: 2568,
  number: 'O36',
  title: 'มาตรการ',
  asks: '',
  documents: [],
  links: [],
  allMeasures: true,
  measureIds: [],
  withUpdates: false,
  ...fields,
});

describe('the sheet as a table', () => {
  it('has a row per link with its source, problem and check, and a row for an item with none', () => {
    const measure = {
      ...makeMeasure('m1'),
      evidence: ['https://a.go.th/1', 'ftp://a.go.th/x'],
    };
    const sheet = answerSheet(
      [
        item({
          documents: [{ kind: 'six-month-report', url: 'https://a.go.th/r' }],
        }),
        item({ id: 'b', number: 'O37', allMeasures: false }),
      ],
      [measure],
      [],
    );
    const checks = new Map([
      [
        'https://a.go.th/1',
        {
          url: 'https://a.go.th/1',
          checkedAt: '2025-02-15T03:00:00.000Z',
          state: 'answered' as const,
        },
      ],
    ]);
    const table = sheetTable(t, 'แบบตอบ', sheet, checks, {
      date: (d) => d,
      timestamp: () => '15 ก.พ. 2568 10:00',
    });
    expect(table.headers).toEqual([
      'ข้อ',
      'ชื่อข้อ',
      'ที่มา',
      'ลิงก์',
      'ปัญหา',
      'ผลการตรวจ',
      'ตรวจเมื่อ',
    ]);
    expect(table.rows).toEqual([
      [
        'O36',
        'มาตรการ',
        'รายงานผลรอบ 6 เดือน',
        'https://a.go.th/r',
        '',
        'ยังไม่ได้ตรวจ',
        '',
      ],
      [
        'O36',
        'มาตรการ',
        'มาตรการที่ 1',
        'https://a.go.th/1',
        '',
        'เว็บไซต์ตอบ',
        '15 ก.พ. 2568 10:00',
      ],
      [
        'O36',
        'มาตรการ',
        'มาตรการที่ 1',
        'ftp://a.go.th/x',
        'ไม่ใช่ลิงก์เว็บ (http หรือ https) ระบบ ITAS เปิดลิงก์นี้ไม่ได้',
        '',
        '',
      ],
      [
        'O37',
        'มาตรการ',
        '',
        '',
        'ยังไม่มีหลักฐานที่ใช้ได้สำหรับข้อนี้ ข้อนี้อาจไม่ได้คะแนน',
        '',
        '',
      ],
    ]);
    expect(tableToCsv(table)).toContain('O37');
  });
});
