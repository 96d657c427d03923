import { describe, expect, it } from 'vitest';

import { officeFormSchema, type OfficeFormInput } from './office-form-schema';

const nobody = { name: '', position: '' };
const valid: OfficeFormInput = {
  name: 'เทศบาลตำบลขุนแก้ว',
  kind: 'subdistrict-municipality',
  district: 'นครชัยศรี',
  province: 'นครปฐม',
  website: '',
  units: [
    { id: 'a', name: 'สำนักปลัดเทศบาล' },
    { id: 'b', name: 'กองคลัง' },
  ],
  preparedBy: nobody,
  endorsedBy: nobody,
  approvedBy: nobody,
};

function messages(input: OfficeFormInput) {
  const result = officeFormSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(
        result.error.issues.map((i) => [i.path.join('.'), i.message]),
      );
}

describe('officeFormSchema', () => {
  it('accepts a complete office', () => {
    expect(messages(valid)).toEqual({});
  });

  it.each<[string, Partial<OfficeFormInput>, Record<string, string>]>([
    [
      'empty required fields',
      { name: ' ', district: '', province: '' },
      {
        name: 'errors.required',
        district: 'errors.required',
        province: 'errors.required',
      },
    ],
    [
      'a website that is not http(s)',
      { website: 'ftp://x.go.th' },
      { website: 'errors.notHttpUrl' },
    ],
    ['no unit', { units: [] }, { units: 'errors.unitsRequired' }],
    [
      'an empty unit name',
      { units: [{ id: 'a', name: '' }] },
      { 'units.0.name': 'errors.required' },
    ],
    [
      'a duplicate unit, even with other spacing',
      {
        units: [
          { id: 'a', name: 'กองคลัง' },
          { id: 'b', name: ' กองคลัง ' },
        ],
      },
      { 'units.1.name': 'errors.duplicateUnit' },
    ],
  ])('rejects %s', (_name, change, expected) => {
    expect(messages({ ...valid, ...change })).toEqual(expected);
  });
});
