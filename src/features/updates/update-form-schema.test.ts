import { describe, expect, it } from 'vitest';

import type { Measure, ProgressUpdate } from '@/domain/types';
import { messageWith } from '@/i18n/translate-error';
import { makeMeasure, makeUpdate } from '@/testing/records';

import {
  toFormInput,
  toUpdateInput,
  updateFormSchema,
  type UpdateContext,
  type UpdateFormInput,
} from './update-form-schema';

/** A FY2568 measure of October–March, so it is late from 1 April. */
const toMarch: Measure = {
  ...makeMeasure(),
  period: { kind: 'months', from: '2024-10', to: '2025-03' },
};
const ongoing: ProgressUpdate = {
  ...makeUpdate('old'),
  date: '2025-03-01',
  status: 'in-progress',
  percent: 60,
};
const inFebruary: UpdateContext = {
  measure: toMarch,
  others: [],
  today: '2025-02-15',
  era: 'buddhist',
};
const inApril: UpdateContext = {
  measure: toMarch,
  others: [ongoing],
  today: '2025-04-05',
  era: 'buddhist',
};

const valid = toFormInput(undefined, inFebruary);

function messages(input: UpdateFormInput, context = inFebruary) {
  const result = updateFormSchema(context).safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(
        result.error.issues.map((i) => [i.path.join('.'), i.message]),
      );
}

describe('updateFormSchema', () => {
  it.each([
    ['0', 0],
    ['100', 100],
    ['๘๐', 80],
    [' 12.5 ', 12.5],
  ])('reads the percent %j', (percent, expected) => {
    expect(
      updateFormSchema(inFebruary).parse({ ...valid, percent }).percent,
    ).toBe(expected);
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

  it('requires problems while the measure would still be late after the update', () => {
    const april = { ...toFormInput(undefined, inApril), date: '2025-04-05' };
    // The update says in progress, but the period ended on 31 March.
    expect(messages({ ...april, status: 'in-progress' }, inApril)).toEqual({
      problems: 'errors.problemsPeriodEnded',
    });
    expect(
      messages(
        { ...april, status: 'in-progress', problems: 'รอผู้รับจ้าง' },
        inApril,
      ),
    ).toEqual({});
    // Finishing the measure ends the lateness: no problems needed.
    expect(
      messages({ ...april, status: 'completed', percent: '100' }, inApril),
    ).toEqual({});
    // An older update, entered after a newer one that says late.
    const saidLate = { ...ongoing, status: 'late' as const };
    const withinPeriod = {
      ...inApril,
      others: [saidLate],
      today: '2025-03-10',
    };
    expect(
      messages(
        { ...april, date: '2025-02-01', status: 'in-progress' },
        withinPeriod,
      ),
    ).toEqual({ problems: 'errors.problemsLatestLate' });
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

describe('a new update', () => {
  it('starts at status late on a measure that is already late', () => {
    expect(toFormInput(undefined, inApril).status).toBe('late');
    expect(toFormInput(undefined, inFebruary).status).toBe('in-progress');
  });

  it('is not handed in late unless the person says so', () => {
    expect(toFormInput(undefined, inApril).late).toBe(false);
  });
});

describe('the round an update stores', () => {
  const save = (date: string, late: boolean, context = inFebruary) =>
    toUpdateInput(
      updateFormSchema(context).parse({ ...valid, date, late }),
      context.measure.fiscalYear,
    ).round;

  it('is the round of its date, which counts for the annual report too', () => {
    expect(save('2024-12-01', false)).toBe('six-month');
    // Nothing to hand in late on 1 December: the box means nothing then.
    expect(save('2024-12-01', true)).toBe('six-month');
    expect(save('2025-04-10', false)).toBe('annual');
  });

  it('is the round it was handed in late for, when the person says so', () => {
    expect(save('2025-04-10', true)).toBe('six-month');
    expect(save('2025-10-05', true)).toBe('annual');
  });

  it('reads back as handed in late when editing', () => {
    const late = {
      ...ongoing,
      date: '2025-04-10',
      round: 'six-month' as const,
    };
    expect(toFormInput(late, inApril).late).toBe(true);
    const notLate = { ...late, round: 'annual' as const };
    expect(toFormInput(notLate, inApril).late).toBe(false);
    // Editing keeps the update's own status.
    expect(toFormInput(notLate, inApril).status).toBe('in-progress');
  });
});

describe('updateFormSchema: the date of a measure of FY2570', () => {
  const context: UpdateContext = {
    measure: { ...makeMeasure(), fiscalYear: 2570 },
    others: [],
    today: '2026-12-01',
    era: 'buddhist',
  };
  const schema = updateFormSchema(context);
  const form = toFormInput(undefined, context);
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
