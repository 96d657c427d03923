import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import { formatTimestamp } from '@/domain/thai-date';

import { everyThai } from './every-thai';
import { addFormatters } from './formatters';
import type { useFormat } from './use-format';
import { valueText } from './value-text';

const i18n = i18next.createInstance();
// The history and conflicts pages' words load with them (page-words.ts).
void i18n.init({
  resources: { th: { translation: everyThai } },
  lng: 'th',
  initAsync: false,
});
addFormatters(i18n);

/** The formatting a conflict or history page gives, in Thai with Arabic digits. */
const format = {
  language: 'th',
  digits: 'arabic',
  timestamp: (iso: string) => formatTimestamp(iso, 'th', 'arabic'),
  number: (n: number) => String(n),
  text: (s: string) => s,
} as unknown as ReturnType<typeof useFormat>;

const ctx = { t: i18n.t, format, fiscalYear: 2568, units: [], names: {} };
const AT = '2025-04-09T02:30:00.000Z';

describe("valueText: the fields of a round's report text and approval", () => {
  it('shows each edited cell by its column, one a line', () => {
    const cells = [
      { measureId: 'm-1', column: 'result', text: 'เผยแพร่แล้ว' },
      { measureId: 'm-2', column: 'suggestions', text: 'ทุกเดือน' },
    ];
    expect(valueText('cells', cells, ctx)).toBe(
      'ผลการดำเนินการตามมาตรการ/กิจกรรม: เผยแพร่แล้ว\nข้อเสนอแนะ: ทุกเดือน',
    );
    expect(valueText('cells', [], ctx)).toBe(i18n.t('common.none'));
  });

  it('shows when it was approved, and a reopening by when, who and why', () => {
    expect(valueText('approvedAt', AT, ctx)).toBe(format.timestamp(AT));
    expect(
      valueText('reopened', { at: AT, by: 'นายสมชาย', reason: 'แก้ผล' }, ctx),
    ).toBe(`${format.timestamp(AT)} โดย นายสมชาย เหตุผล: แก้ผล`);
  });

  it('counts the measures and updates it covered, not their ids', () => {
    expect(valueText('measureIds', ['m-1', 'm-2'], ctx)).toBe('2 มาตรการ');
    expect(
      valueText('updates', [{ id: 'u-1', rev: `1-${'a'.repeat(32)}` }], ctx),
    ).toBe('รายงานผล 1 รายการ');
  });
});
