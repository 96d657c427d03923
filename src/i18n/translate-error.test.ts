import { createInstance, type TFunction } from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';

import en from './en.json';
import { addFormatters } from './formatters';
import { setPreferences } from './preferences';
import th from './th.json';
import { messageWith, translateError } from './translate-error';

function translator(lng: 'th' | 'en'): TFunction {
  const i18n = createInstance();
  void i18n.init({
    resources: { th: { translation: th }, en: { translation: en } },
    lng,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  addFormatters(i18n);
  return i18n.t;
}

const slip = messageWith('errors.yearMissing543', {
  typed: 1483,
  year: 2026,
  fiscalYear: 2570,
});

describe('translateError', () => {
  afterEach(() => setPreferences({ digits: 'arabic' }));

  it('translates a bare key', () => {
    expect(translateError(translator('th'), 'errors.required')).toBe(
      'กรุณากรอกช่องนี้',
    );
  });

  it('shows years in the screen’s era: BE in Thai, CE in English', () => {
    expect(translateError(translator('th'), slip)).toBe(
      'ปี 2026 อยู่ห่างจากปีงบประมาณ 2570 หลายร้อยปี อาจพิมพ์เป็นปี ค.ศ. ช่องนี้ใช้ปี พ.ศ. หมายถึงปี 2569 หรือไม่',
    );
    expect(translateError(translator('en'), slip)).toBe(
      '1483 is centuries away from fiscal year 2570. Did you mean 2026?',
    );
  });

  it('names the 543 years between the eras', () => {
    const twice = messageWith('errors.yearAdded543', {
      typed: 2568,
      year: 2025,
      fiscalYear: 2568,
      gap: 543,
    });
    setPreferences({ digits: 'thai' });
    expect(translateError(translator('th'), twice)).toBe(
      'ปี ๓๑๑๑ อยู่ห่างจากปีงบประมาณ ๒๕๖๘ หลายร้อยปี อาจบวก ๕๔๓ ซ้ำ หมายถึงปี ๒๕๖๘ หรือไม่',
    );
  });

  it('writes Thai digits when they are chosen', () => {
    setPreferences({ digits: 'thai' });
    expect(translateError(translator('th'), slip)).toBe(
      'ปี ๒๐๒๖ อยู่ห่างจากปีงบประมาณ ๒๕๗๐ หลายร้อยปี อาจพิมพ์เป็นปี ค.ศ. ช่องนี้ใช้ปี พ.ศ. หมายถึงปี ๒๕๖๙ หรือไม่',
    );
  });

  it('gives examples of what can be typed, in the era and digits shown', () => {
    const unreadable = messageWith('errors.dateUnreadable', {
      example: '2026-12-01',
    });
    expect(translateError(translator('th'), unreadable)).toBe(
      'อ่านวันที่นี้ไม่ออก กรุณาพิมพ์วัน เดือน ปี พ.ศ. เช่น 1/12/2569 หรือ 1 ธ.ค. 2569 (ใช้เลขไทยหรือเลขอารบิกก็ได้)',
    );
    expect(translateError(translator('en'), unreadable)).toBe(
      'This date cannot be read. Type the day, month and year, e.g. 01/12/2026 or 1 Dec 2026.',
    );
    setPreferences({ digits: 'thai' });
    const month = messageWith('errors.monthUnreadable', { example: '2026-10' });
    expect(translateError(translator('th'), month)).toBe(
      'อ่านเดือนนี้ไม่ออก กรุณาพิมพ์เดือนและปี พ.ศ. เช่น ต.ค. ๒๕๖๙ หรือ ตุลาคม ๒๕๖๙ (ใช้เลขไทยหรือเลขอารบิกก็ได้)',
    );
  });
});
