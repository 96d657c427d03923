import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';

import en from '@/i18n/en.json';
import itasEn from '@/i18n/itas/en.json';
import itasTh from '@/i18n/itas/th.json';
import th from '@/i18n/th.json';
import { translateError } from '@/i18n/translate-error';

import { itemFormValues, itemSchema } from './item-schema';

function translator(lng: 'th' | 'en'): TFunction {
  const i18n = createInstance();
  void i18n.init({
    resources: {
      th: { translation: th, itas: itasTh },
      en: { translation: en, itas: itasEn },
    },
    lng,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18n.t;
}

const values = (changes: Partial<ReturnType<typeof itemFormValues>>) => ({
  ...itemFormValues(),
  number: 'O36',
  title: 'มาตรการส่งเสริมคุณธรรม',
  ...changes,
});

const messages = (
  result: ReturnType<ReturnType<typeof itemSchema>['safeParse']>,
) =>
  result.success
    ? []
    : result.error.issues.map((i) => [i.path.join('.'), i.message]);

describe('the OIT item form', () => {
  it('keeps the documents ticked with their links, and the measures only when not all', () => {
    const result = itemSchema([]).parse(
      values({
        documents: {
          announcement: { on: true, url: ' https://a.go.th/o36 ' },
          'six-month-report': { on: false, url: 'https://ignored' },
          'annual-report': { on: true, url: '' },
        },
        allMeasures: false,
        measureIds: ['m1'],
      }),
    );
    expect(result.documents).toEqual([
      { kind: 'announcement', url: 'https://a.go.th/o36' },
      { kind: 'annual-report', url: '' },
    ]);
    expect(result.measureIds).toEqual(['m1']);
  });

  it('refuses a number used by another item of the year, however typed, in Thai and English', () => {
    const result = itemSchema(['O36', 'O37']).safeParse(
      values({ number: 'o ๓๖' }),
    );
    const [[path, message]] = messages(result) as [[string, string]];
    expect(path).toBe('number');
    expect(translateError(translator('th'), message)).toBe(
      'เลขข้อ o ๓๖ มีอยู่แล้วในปีนี้ กรุณาใช้เลขอื่น',
    );
    expect(translateError(translator('en'), message)).toBe(
      'Item o ๓๖ exists in this year already: use another number.',
    );
  });

  it('tells a malformed link from one that is not http(s)', () => {
    const result = itemSchema([]).safeParse(
      values({
        links: [
          { url: 'www.a.go.th' },
          { url: 'ftp://a.go.th/x.pdf' },
          { url: '' },
        ],
        documents: {
          ...itemFormValues().documents,
          announcement: { on: true, url: 'javascript:alert(1)' },
        },
      }),
    );
    expect(messages(result)).toEqual([
      ['documents.announcement.url', 'itas:errors.notHttp'],
      ['links.0.url', 'itas:errors.malformed'],
      ['links.1.url', 'itas:errors.notHttp'],
      ['links.2.url', 'itas:errors.malformed'],
    ]);
    expect(translateError(translator('th'), 'itas:errors.notHttp')).toBe(
      'ต้องเป็นลิงก์เว็บ (http หรือ https)',
    );
    expect(translateError(translator('en'), 'itas:errors.malformed')).toMatch(
      /^Not a valid link/,
    );
  });

  it('asks for a number and a title', () => {
    const result = itemSchema([]).safeParse(values({ number: ' ', title: '' }));
    expect(messages(result)).toEqual([
      ['number', 'itas:errors.numberRequired'],
      ['title', 'itas:errors.titleRequired'],
    ]);
  });
});

describe('the ITAS words', () => {
  const keys = (o: object, at = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'object' ? keys(v as object, `${at}${k}.`) : [`${at}${k}`],
    );
  it('has every Thai key in English and none more', () => {
    expect(keys(itasEn)).toEqual(keys(itasTh));
  });
});
