import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import { recordSchemas, RECORD_KINDS } from '@/bundle/record-schemas';
import { toThaiDigits } from '@/domain/digits';

import en from './en.json';
import { everyThai as th } from './every-thai';
import { fieldLabel, inFormOrder, pathLabel } from './record-fields';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { th: { translation: th }, en: { translation: en } },
  lng: 'th',
  initAsync: false,
});
const t = i18n.t;

describe('record fields in the words of the forms', () => {
  it.each([
    ['measures', 'fiscalYear', 'ปีงบประมาณ'],
    ['measures', 'title', 'มาตรการ/แนวทาง'],
    ['measures', 'unitIds', 'ผู้รับผิดชอบ'],
    ['measures', 'period.from', 'ระยะเวลาดำเนินการ (ตั้งแต่เดือน)'],
    ['measures', 'period.kind', 'ระยะเวลาดำเนินการ'],
    ['measures', 'methods.2', 'วิธีการดำเนินการ (ขั้นที่ 3)'],
    ['measures', 'evidence.0', 'หลักฐาน/ลิงก์ (ลิงก์ที่ 1)'],
    ['measures', 'officeId', 'หน่วยงาน'],
    ['updates', 'percent', 'ความคืบหน้า (ร้อยละ)'],
    ['updates', 'date', 'วันที่รายงาน'],
    ['updates', 'measureId', 'มาตรการ'],
    ['updates', 'rev', 'รุ่นการแก้ไข (rev)'],
    ['offices', 'preparedBy.name', 'ผู้จัดทำรายงาน: ชื่อ'],
    ['offices', 'units.4.name', 'ส่วนราชการที่ 5'],
    ['offices', 'itaResults.0.score', 'ผลการประเมิน ITA ย้อนหลัง: คะแนน (แถว 1)'],
    ['offices', 'kind', 'ประเภทหน่วยงาน'],
    // Keys no form knows are named as the file has them.
    ['measures', 'kind', 'kind'],
    ['measures', '__proto__', '__proto__'],
    ['updates', 'colour', 'colour'],
    ['measures', '', ''],
  ] as const)('%s %s', (kind, path, label) => {
    expect(pathLabel(t, kind, path)).toBe(label);
  });

  it('writes the numbers in them as asked', () => {
    expect(
      pathLabel(t, 'measures', 'methods.11', (n) => toThaiDigits(String(n))),
    ).toBe('วิธีการดำเนินการ (ขั้นที่ ๑๒)');
  });

  it('speaks English in the English UI', () => {
    const en = i18n.cloneInstance({ lng: 'en' });
    expect(fieldLabel(en.t, 'measures', 'fiscalYear')).toBe('Fiscal year');
  });

  it('labels every field of every record, in both languages', () => {
    const en = i18n.cloneInstance({ lng: 'en' });
    for (const kind of RECORD_KINDS)
      for (const field of Object.keys(recordSchemas[kind].shape))
        for (const translate of [t, en.t]) {
          const label = fieldLabel(translate, kind, field);
          // i18next answers a missing key with the key itself.
          expect(label, `${kind}.${field}`).not.toMatch(/^[\w.]+\.\w+$/);
          expect(label, `${kind}.${field}`).not.toBe(field);
        }
  });

  it('orders fields as the forms do, unknown fields last', () => {
    expect(
      inFormOrder('updates', [
        'reporter',
        'zzz',
        'date',
        'officeId',
        'percent',
        'evidence',
      ]),
    ).toEqual(['date', 'percent', 'evidence', 'reporter', 'officeId', 'zzz']);
  });
});
