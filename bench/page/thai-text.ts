/**
 * Thai text for generated records, cut from the real report the app ships as
 * its example (domain/example, transcribed from the published FY2568 report):
 * titles, method steps and result phrases as offices write them, in lengths
 * like theirs.
 */
import { exampleMeasures, exampleOffice } from '@/domain/example/khunkaew-2568';

import type { Random } from './random';

export const TITLES = exampleMeasures.map((m) => m.title);
export const METHODS = exampleMeasures.flatMap((m) => m.methods);
export const UNIT_NAMES = exampleOffice.unitNames;

/** Phrases of results and outcomes, cut where the report puts a space or a line break. */
const PHRASES = exampleMeasures
  .flatMap((m) => [m.update.result, m.update.outcome, m.expectedOutcome])
  .flatMap((text) => text.split(/\s+/))
  .filter(
    (phrase) => phrase.length > 1 && phrase.length <= 40 && phrase !== '-',
  );

const PLACES = [
  'ขุนแก้ว',
  'ไร่ขิง',
  'บางกระทึก',
  'ท่าตำหนัก',
  'ศีรษะทอง',
  'วัดละมุด',
  'บางแก้วฟ้า',
  'ห้วยพลู',
  'งิ้วราย',
  'ดอนตูม',
  'ลำพญา',
  'บางเลน',
  'สามง่าม',
  'กำแพงแสน',
  'ทุ่งกระพังโหม',
  'หนองงูเหลือม',
];

const KINDS = [
  { kind: 'subdistrict-municipality', prefix: 'เทศบาลตำบล' },
  { kind: 'sao', prefix: 'องค์การบริหารส่วนตำบล' },
  { kind: 'town-municipality', prefix: 'เทศบาลเมือง' },
] as const;

const PEOPLE = [
  'นางสาวสุภาพร ใจดี',
  'นายสมชาย แก้วมณี',
  'นางวรรณา ศรีสุข',
  'นายประเสริฐ ทองคำ',
  'นางสาวปิยะนุช บุญมา',
  'นายวิชัย รุ่งเรือง',
];

export const pickPlace = (rng: Random) => rng.pick(PLACES);
export const pickKind = (rng: Random) => rng.pick(KINDS);
export const pickPerson = (rng: Random) => rng.pick(PEOPLE);

/** Whole phrases joined by spaces until the text is about `length` characters. */
export function sentence(rng: Random, length: number): string {
  let text = rng.pick(PHRASES);
  while (text.length < length) text += ` ${rng.pick(PHRASES)}`;
  return text;
}
