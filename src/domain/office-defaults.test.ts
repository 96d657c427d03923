import { describe, it, expect } from 'vitest';

import {
  defaultUnitNames,
  findDuplicateUnits,
  normalizeUnitName,
} from './office-defaults';
import { OFFICE_KINDS } from './types';
import type { OfficeKind } from './types';

describe('defaultUnitNames', () => {
  it.each<[OfficeKind, string[]]>([
    [
      'subdistrict-municipality',
      [
        'สำนักปลัดเทศบาล',
        'กองคลัง',
        'กองช่าง',
        'กองการศึกษา',
        'กองสาธารณสุขและสิ่งแวดล้อม',
        'กองสวัสดิการสังคม',
        'หน่วยตรวจสอบภายใน',
      ],
    ],
    [
      'town-municipality',
      [
        'สำนักปลัดเทศบาล',
        'กองยุทธศาสตร์และงบประมาณ',
        'กองคลัง',
        'กองช่าง',
        'กองการศึกษา',
        'กองสาธารณสุขและสิ่งแวดล้อม',
        'กองสวัสดิการสังคม',
        'หน่วยตรวจสอบภายใน',
      ],
    ],
    [
      'sao',
      [
        'สำนักปลัด',
        'กองคลัง',
        'กองช่าง',
        'กองการศึกษา ศาสนาและวัฒนธรรม',
        'กองสาธารณสุขและสิ่งแวดล้อม',
        'กองสวัสดิการสังคม',
        'หน่วยตรวจสอบภายใน',
      ],
    ],
    [
      'pao',
      [
        'สำนักปลัดองค์การบริหารส่วนจังหวัด',
        'สำนักงานเลขานุการองค์การบริหารส่วนจังหวัด',
        'กองคลัง',
        'กองช่าง',
        'กองการศึกษา ศาสนาและวัฒนธรรม',
        'กองสาธารณสุข',
        'กองยุทธศาสตร์และงบประมาณ',
        'กองพัสดุและทรัพย์สิน',
        'หน่วยตรวจสอบภายใน',
      ],
    ],
  ])('%s', (kind, names) => {
    expect(defaultUnitNames(kind)).toEqual(names);
  });

  it('gives a city municipality the same units as a town', () => {
    expect(defaultUnitNames('city-municipality')).toEqual(
      defaultUnitNames('town-municipality'),
    );
  });

  it.each(OFFICE_KINDS.map((kind) => [kind]))(
    '%s: non-empty, no duplicates, already normalised, ends with internal audit',
    (kind) => {
      const names = defaultUnitNames(kind);
      expect(names.length).toBeGreaterThan(0);
      expect(findDuplicateUnits(names)).toEqual([]);
      expect(names.map(normalizeUnitName)).toEqual(names);
      expect(names.at(-1)).toBe('หน่วยตรวจสอบภายใน');
    },
  );

  it('returns a fresh array each time', () => {
    const names = defaultUnitNames('sao');
    names.push('กองใหม่');
    expect(defaultUnitNames('sao')).not.toContain('กองใหม่');
  });
});

describe('normalizeUnitName', () => {
  it.each([
    ['กองคลัง', 'กองคลัง'],
    ['  กองคลัง  ', 'กองคลัง'],
    ['กองการศึกษา   ศาสนาและวัฒนธรรม', 'กองการศึกษา ศาสนาและวัฒนธรรม'],
    ['กองการศึกษา\tศาสนา\nและวัฒนธรรม', 'กองการศึกษา ศาสนา และวัฒนธรรม'],
    ['กองคลัง\u00a0', 'กองคลัง'],
    ['กอง\u200bคลัง', 'กองคลัง'],
    ['สำนักปลัด'.replace('\u0e33', '\u0e4d\u0e32'), 'สำนักปลัด'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeUnitName(input)).toBe(expected);
  });
});

describe('findDuplicateUnits', () => {
  it.each<[string[], number[]]>([
    [[], []],
    [['กองคลัง', 'กองช่าง'], []],
    [['กองคลัง', 'กองช่าง', ' กองคลัง'], [2]],
    [
      ['กองคลัง', 'กองคลัง', 'กองคลัง'],
      [1, 2],
    ],
    [
      ['กองช่าง', 'กองคลัง', 'กองช่าง ', 'กองคลัง'],
      [2, 3],
    ],
    [['กองการศึกษา  ศาสนาและวัฒนธรรม', 'กองการศึกษา ศาสนาและวัฒนธรรม'], [1]],
    [['', '  ', 'กองคลัง'], []],
    // Different names stay different, even when one contains the other.
    [['สำนักปลัด', 'สำนักปลัดเทศบาล'], []],
  ])('%j → %j', (names, expected) => {
    expect(findDuplicateUnits(names)).toEqual(expected);
  });
});
