import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import en from '@/i18n/en.json';
import { everyThai } from '@/i18n/every-thai';
import { addFormatters } from '@/i18n/formatters';
import { recordArb } from '@/testing/record-arbitraries';
import { makeMeasure, makeOffice, makeUpdate } from '@/testing/records';

import { recordLabel } from './record-label';

const i18n = i18next.createInstance();
// English is not in the first screen's resources: added for its test.
void i18n.init({
  resources: { th: { translation: everyThai }, en: { translation: en } },
  lng: 'th',
  initAsync: false,
});
addFormatters(i18n);
const t = i18n.t;

/** One generated record of the kind, with its round and year set. */
function ofRound<K extends 'deadlines' | 'roundReports' | 'approvals'>(
  kind: K,
) {
  const [record] = fc.sample(recordArb(kind), 1);
  return { ...record!, fiscalYear: 2568, round: 'six-month' as const };
}

describe('the conflicts list names every kind of record', () => {
  it('an OIT item by its number and title', () => {
    const [item] = fc.sample(recordArb('oitItems'), 1);
    const named = { ...item!, number: 'O36', title: 'มาตรการส่งเสริมคุณธรรม' };
    expect(recordLabel(t, 'oitItems', named)).toBe('O36 มาตรการส่งเสริมคุณธรรม');
  });

  it('an office, a measure, an update', () => {
    expect(recordLabel(t, 'offices', makeOffice())).toBe('เทศบาลตำบลทดสอบ');
    expect(recordLabel(t, 'measures', makeMeasure())).toBe(makeMeasure().title);
    const update = makeUpdate();
    expect(recordLabel(t, 'updates', update)).toBe(
      `${update.date} · ${update.result.slice(0, 60)}`,
    );
  });

  it("a deadline, a round's report text and an approval by their round and year", () => {
    expect(recordLabel(t, 'deadlines', ofRound('deadlines'))).toBe(
      'กำหนดส่งรายงานรอบ 6 เดือน ปีงบประมาณ 2568',
    );
    expect(recordLabel(t, 'roundReports', ofRound('roundReports'))).toBe(
      'ข้อความรายงานรอบ 6 เดือน ปีงบประมาณ 2568',
    );
    expect(recordLabel(t, 'approvals', ofRound('approvals'))).toBe(
      'การอนุมัติรายงานรอบ 6 เดือน ปีงบประมาณ 2568',
    );
  });

  it('in English too', () => {
    const en = i18n.cloneInstance({ lng: 'en' });
    expect(recordLabel(en.t, 'roundReports', ofRound('roundReports'))).toBe(
      'Report text of the 6-month round, fiscal year 2568',
    );
    expect(recordLabel(en.t, 'approvals', ofRound('approvals'))).toBe(
      'Approval of the 6-month round report, fiscal year 2568',
    );
  });
});
