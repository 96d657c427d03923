import { describe, expect, it } from 'vitest';

import {
  toFormInput,
  updateFormSchema,
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
