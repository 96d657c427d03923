import { describe, expect, it } from 'vitest';

import { matchUnits } from './match-units';

const units = [
  { id: 'office', name: 'สำนักปลัดเทศบาล' },
  { id: 'finance', name: 'กองคลัง' },
  { id: 'works', name: 'กองช่าง' },
  { id: 'education', name: 'กองการศึกษา ศาสนาและวัฒนธรรม' },
];

describe('matchUnits', () => {
  it.each([
    [
      'a name wrapped by the PDF',
      ['สำนัก ปลัดเทศบาล'],
      [['สำนักปลัดเทศบาล', 'office']],
    ],
    [
      'a name spelt with its own space missing',
      ['กองการศึกษาศาสนาและวัฒนธรรม'],
      [['กองการศึกษา ศาสนาและวัฒนธรรม', 'education']],
    ],
    [
      'two units run together',
      ['กองคลัง กองช่าง'],
      [
        ['กองคลัง', 'finance'],
        ['กองช่าง', 'works'],
      ],
    ],
    [
      'an unknown unit beside a known one',
      ['กองคลัง กองพัสดุ และทรัพย์สิน'],
      [
        ['กองคลัง', 'finance'],
        ['กองพัสดุ และทรัพย์สิน', null],
      ],
    ],
    ['an unknown unit', ['หน่วยตรวจสอบภายใน'], [['หน่วยตรวจสอบภายใน', null]]],
    ['the same unit twice', ['กองคลัง', 'กอง คลัง'], [['กองคลัง', 'finance']]],
  ])('matches %s', (_, names, expected) => {
    expect(matchUnits(names, units).map((m) => [m.name, m.unitId])).toEqual(
      expected,
    );
  });
});
