/**
 * The units (ส่วนราชการ) a new office starts with, by kind, following the
 * usual structures of Thai local governments. Offices edit them freely.
 * Thai text lives here rather than in i18n: these are data an office keeps,
 * not interface labels, and they appear in the official report as written.
 */
import type { OfficeKind } from './types';

const INTERNAL_AUDIT = 'หน่วยตรวจสอบภายใน';

const SUBDISTRICT_MUNICIPALITY = [
  'สำนักปลัดเทศบาล',
  'กองคลัง',
  'กองช่าง',
  'กองการศึกษา',
  'กองสาธารณสุขและสิ่งแวดล้อม',
  'กองสวัสดิการสังคม',
  INTERNAL_AUDIT,
];

// เทศบาลนคร and เทศบาลเมือง also have a strategy and budget division,
// listed after the clerk's office as in their organisation charts.
const LARGER_MUNICIPALITY = [
  'สำนักปลัดเทศบาล',
  'กองยุทธศาสตร์และงบประมาณ',
  ...SUBDISTRICT_MUNICIPALITY.slice(1),
];

const DEFAULTS: Record<OfficeKind, readonly string[]> = {
  'city-municipality': LARGER_MUNICIPALITY,
  'town-municipality': LARGER_MUNICIPALITY,
  'subdistrict-municipality': SUBDISTRICT_MUNICIPALITY,
  sao: [
    'สำนักปลัด',
    'กองคลัง',
    'กองช่าง',
    'กองการศึกษา ศาสนาและวัฒนธรรม',
    'กองสาธารณสุขและสิ่งแวดล้อม',
    'กองสวัสดิการสังคม',
    INTERNAL_AUDIT,
  ],
  pao: [
    'สำนักปลัดองค์การบริหารส่วนจังหวัด',
    'สำนักงานเลขานุการองค์การบริหารส่วนจังหวัด',
    'กองคลัง',
    'กองช่าง',
    'กองการศึกษา ศาสนาและวัฒนธรรม',
    'กองสาธารณสุข',
    'กองยุทธศาสตร์และงบประมาณ',
    'กองพัสดุและทรัพย์สิน',
    INTERNAL_AUDIT,
  ],
  other: ['สำนักงาน', 'ฝ่ายบริหารทั่วไป', 'ฝ่ายการเงินและบัญชี', INTERNAL_AUDIT],
};

/** defaultUnitNames('sao')[0] === 'สำนักปลัด'; a fresh array the caller may change. */
export function defaultUnitNames(kind: OfficeKind): string[] {
  return [...DEFAULTS[kind]];
}

/** normalizeUnitName('  กอง   คลัง ') === 'กอง คลัง' */
export function normalizeUnitName(name: string): string {
  return (
    name
      // Zero-width spaces often come with text copied from Thai documents.
      .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
      // Sara am typed as nikhahit + sara aa looks the same but is not equal.
      .replace(/\u0e4d\u0e32/g, '\u0e33')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** findDuplicateUnits(['กองคลัง', 'กองช่าง', ' กองคลัง']) → [2]; blank names are not duplicates. */
export function findDuplicateUnits(names: readonly string[]): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  names.forEach((name, index) => {
    const key = normalizeUnitName(name);
    if (key === '') return; // a blank name is a missing name, reported as such
    if (seen.has(key)) duplicates.push(index);
    else seen.add(key);
  });
  return duplicates;
}
