import type { MeasureInput } from '@/db/measures';
import type { UpdateInput } from '@/db/updates';
import type { OfficeFields } from '@/domain/types';

export function makeOfficeFields(
  overrides: Partial<OfficeFields> = {},
): OfficeFields {
  const nobody = { name: '', position: '' };
  return {
    name: 'เทศบาลตำบลทดสอบ',
    kind: 'subdistrict-municipality',
    district: 'เมือง',
    province: 'นครปฐม',
    website: '',
    units: [
      { id: 'u-office', name: 'สำนักปลัดเทศบาล' },
      { id: 'u-finance', name: 'กองคลัง' },
    ],
    preparedBy: nobody,
    endorsedBy: nobody,
    approvedBy: nobody,
    ...overrides,
  };
}

export function makeMeasureInput(
  overrides: Partial<MeasureInput> = {},
): MeasureInput {
  return {
    title: 'มาตรการทดสอบ',
    methods: ['ขั้นที่หนึ่ง'],
    period: { kind: 'fiscal-year' },
    allUnits: false,
    unitIds: ['u-office'],
    expectedOutcome: '',
    weakness: '',
    evidence: [],
    ...overrides,
  };
}

export function makeUpdateInput(
  overrides: Partial<UpdateInput> = {},
): UpdateInput {
  return {
    date: '2025-01-15',
    round: 'six-month',
    status: 'in-progress',
    percent: 50,
    result: 'ดำเนินการแล้วบางส่วน',
    suggestions: '',
    outcome: '',
    problems: '',
    evidence: [],
    reporter: '',
    ...overrides,
  };
}
