import { describe, expect, it } from 'vitest';

import { messageWith } from '@/i18n/translate-error';

import {
  toFormInput,
  updateFormSchema,
  updateFormSchemaFor,
  type UpdateFormInput,
} from './update-form-schema';

const valid = toFormInput(undefined, '2025-02-15');

function messages(input: UpdateFormInput) {
  const result = updateFormSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(
        result.error.issues.map((i) => [i.path.join('.'), i.message]),
      );
}

describe('updateFormSchema', () => {
  it('defaults the round from the date', () => {
    expect(toFormInput(undefined, '2025-03-31').round).toBe('six-month');
    expect(toFormInput(undefined, '2025-04-01').round).toBe('annual');
  });

  it.each([
    ['0', 0],
    ['100', 100],
    ['๘๐', 80],
    [' 12.5 ', 12.5],
  ])('reads the percent %j', (percent, expected) => {
    expect(updateFormSchema.parse({ ...valid, percent }).percent).toBe(
      expected,
    );
  });

  it.each(['-1', '100.5', '150', 'abc', ''])(
    'rejects the percent %j',
    (percent) => {
      expect(messages({ ...valid, percent })).toEqual({
        percent: 'errors.percentRange',
      });
    },
  );

  it('requires problems when late', () => {
    expect(messages({ ...valid, status: 'late' })).toEqual({
      problems: 'errors.problemsRequired',
    });
    expect(
      messages({ ...valid, status: 'late', problems: 'งบประมาณล่าช้า' }),
    ).toEqual({});
  });

  it('reports a bad percent and missing problems together', () => {
    expect(messages({ ...valid, status: 'late', percent: '150' })).toEqual({
      percent: 'errors.percentRange',
      problems: 'errors.problemsRequired',
    });
  });

  it('rejects a missing date and links that are not http(s)', () => {
    expect(
      messages({ ...valid, date: '', evidence: [{ url: 'data:text/html,x' }] }),
    ).toEqual({
      date: 'errors.dateRequired',
      'evidence.0.url': 'errors.notHttpUrl',
    });
  });
});

describe('updateFormSchemaFor: the date of a measure of FY2570', () => {
  const schema = updateFormSchemaFor({ fiscalYear: 2570, era: 'buddhist' });
  const form = toFormInput(undefined, '2026-12-01');
  const dateMessage = (date: string) => {
    const result = schema.safeParse({ ...form, date });
    return result.success
      ? undefined
      : result.error.issues.find((i) => i.path[0] === 'date')?.message;
  };

  it('accepts a date within a year of the fiscal year', () => {
    expect(dateMessage('2026-12-01')).toBeUndefined();
    expect(dateMessage('2025-10-01')).toBeUndefined();
    expect(dateMessage('2028-09-30')).toBeUndefined();
  });

  it.each([
    // 1/12/2026 typed as BE: CE was typed where BE was expected.
    ['1483-12-01', 'errors.yearMissing543', { typed: 1483, year: 2026 }],
    // BE 3112: 543 added twice.
    ['2569-12-01', 'errors.yearAdded543', { typed: 2569, year: 2026 }],
    ['2053-12-01', 'errors.yearFar', { typed: 2053, year: 2026 }],
  ])('questions %s with %s', (date, key, values) => {
    expect(dateMessage(date)).toBe(
      messageWith(key, { ...values, fiscalYear: 2570, gap: 543 }),
    );
  });

  it('says why typed text could not be read, with an example', () => {
    expect(dateMessage('1 หนึ่ง 2569')).toBe(
      messageWith('errors.dateUnreadable', { example: '2026-12-01' }),
    );
    expect(dateMessage('31/9/2569')).toBe('errors.dateNoSuchDay');
    expect(dateMessage('')).toBe('errors.dateRequired');
  });
});
