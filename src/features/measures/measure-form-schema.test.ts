import { describe, expect, it } from 'vitest';

import { messageWith } from '@/i18n/translate-error';

import {
  measureFormSchema,
  measureFormSchemaFor,
  toFormInput,
  toMeasureInput,
  type MeasureFormInput,
} from './measure-form-schema';

const valid: MeasureFormInput = {
  ...toFormInput(undefined),
  title: 'มาตรการ',
  methods: [{ text: 'ขั้นแรก' }],
  unitIds: ['u1'],
};

function messages(input: MeasureFormInput) {
  const result = measureFormSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(
        result.error.issues.map((i) => [i.path.join('.'), i.message]),
      );
}

describe('measureFormSchema', () => {
  it('accepts a complete measure', () => {
    expect(messages(valid)).toEqual({});
  });

  it.each<[string, Partial<MeasureFormInput>, Record<string, string>]>([
    ['an empty title', { title: '   ' }, { title: 'errors.required' }],
    [
      'an empty method',
      { methods: [{ text: '' }] },
      { 'methods.0.text': 'errors.required' },
    ],
    ['no method', { methods: [] }, { methods: 'errors.methodsRequired' }],
    ['no unit', { unitIds: [] }, { unitIds: 'errors.unitsRequired' }],
    [
      'a javascript: link',
      { evidence: [{ url: 'javascript:alert(1)' }] },
      { 'evidence.0.url': 'errors.notHttpUrl' },
    ],
    [
      'a link without scheme',
      { evidence: [{ url: 'www.x.go.th' }] },
      { 'evidence.0.url': 'errors.notHttpUrl' },
    ],
    [
      'a period ending before it starts',
      { periodKind: 'months', from: '2025-03', to: '2024-10' },
      { to: 'errors.periodEndsBeforeStart' },
    ],
    [
      'a month range without months',
      { periodKind: 'months', from: '', to: '' },
      { from: 'errors.monthRequired', to: 'errors.monthRequired' },
    ],
  ])('rejects %s', (_name, change, expected) => {
    expect(messages({ ...valid, ...change })).toEqual(expected);
  });

  it('accepts all units without picking any', () => {
    expect(messages({ ...valid, allUnits: true, unitIds: [] })).toEqual({});
  });

  it('round-trips a measure through the form', () => {
    const input = {
      title: 'ก',
      methods: ['หนึ่ง', 'สอง'],
      period: { kind: 'months', from: '2023-12', to: '2023-12' } as const,
      allUnits: false,
      unitIds: ['u1'],
      expectedOutcome: 'ผล',
      weakness: '',
      evidence: ['https://x.go.th'],
    };
    expect(toMeasureInput(measureFormSchema.parse(toFormInput(input)))).toEqual(
      input,
    );
  });

  it('keeps the list style of the methods, and keeps none when none was picked', () => {
    const through = (input: Parameters<typeof toFormInput>[0]) =>
      toMeasureInput(measureFormSchema.parse(toFormInput(input)));
    // A measure stored before the field existed keeps none.
    const base = through({
      ...toMeasureInput(
        measureFormSchema.parse({ ...valid, methodsStyle: undefined }),
      ),
    });
    expect(base).not.toHaveProperty('methodsStyle');
    expect(through({ ...base, methodsStyle: 'bulleted' }).methodsStyle).toBe(
      'bulleted',
    );
  });
});

describe('measureFormSchemaFor: the period of a measure of FY2570', () => {
  const schema = measureFormSchemaFor(2570);
  const periodMessages = (from: string, to: string) => {
    const result = schema.safeParse({
      ...valid,
      periodKind: 'months',
      from,
      to,
    });
    return result.success
      ? {}
      : Object.fromEntries(
          result.error.issues.map((i) => [i.path.join('.'), i.message]),
        );
  };

  it('accepts ตุลาคม 2569 – มีนาคม 2570, and months a year either side', () => {
    expect(periodMessages('2026-10', '2027-03')).toEqual({});
    expect(periodMessages('2025-10', '2028-09')).toEqual({});
  });

  it('questions months far from the fiscal year, saying the year likely meant', () => {
    // ต.ค. 2569 – มี.ค. 2570 typed into a field that read CE: 543 years late.
    expect(periodMessages('2569-10', '2570-03')).toEqual({
      from: messageWith('errors.yearAdded543', {
        typed: 2569,
        year: 2026,
        fiscalYear: 2570,
        gap: 543,
      }),
      to: messageWith('errors.yearAdded543', {
        typed: 2570,
        year: 2027,
        fiscalYear: 2570,
        gap: 543,
      }),
    });
    expect(periodMessages('2026-10', '2031-03')).toEqual({
      to: messageWith('errors.yearFar', {
        typed: 2031,
        year: 2027,
        fiscalYear: 2570,
        gap: 543,
      }),
    });
  });

  it('gives an example from the fiscal year for a month it cannot read', () => {
    expect(periodMessages('ตุลา ๆ', '2027-03')).toEqual({
      from: messageWith('errors.monthUnreadable', { example: '2026-10' }),
    });
  });

  it('asks nothing of a whole-year period', () => {
    const result = schema.safeParse({ ...valid, periodKind: 'fiscal-year' });
    expect(result.success).toBe(true);
  });
});

describe('toFormInput', () => {
  it("numbers a new measure's steps, and keeps a stored measure's style as it is", () => {
    expect(toFormInput(undefined).methodsStyle).toBe('numbered');
    const stored = toMeasureInput(measureFormSchema.parse(valid));
    expect(
      toFormInput({ ...stored, methodsStyle: undefined }).methodsStyle,
    ).toBe(undefined);
    expect(
      toFormInput({ ...stored, methodsStyle: 'bulleted' }).methodsStyle,
    ).toBe('bulleted');
  });
});
