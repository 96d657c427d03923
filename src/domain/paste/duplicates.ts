/**
 * What a pasted report repeats of the workspace: measures already in the
 * year, and the office it is of. Titles are compared as the parser compares
 * cells, spaces ignored, after the certain Thai repair, so the same report
 * pasted twice (or once from its PDF, once from Word) doubles nothing.
 */
import { squash } from './read-cells';
import { repairThai } from './thai-repair';

const titleKey = (title: string) => squash(repairThai(title));

/** The year's measures' titles as compared. */
export type ExistingTitles = ReadonlySet<string>;

/** existingTitles(measures) → the set isExisting looks titles up in */
export function existingTitles(
  measures: readonly { title: string }[],
): ExistingTitles {
  return new Set(measures.map((m) => titleKey(m.title)).filter(Boolean));
}

/** isExisting('การป้องกันการ ทุจริต', existingTitles([{ title: 'การป้องกันการทุจริต' }])) === true */
export function isExisting(title: string, titles: ExistingTitles): boolean {
  const key = titleKey(title);
  return key !== '' && titles.has(key);
}

// The short forms offices write for their kind (ทต.ขุนแก้ว).
const SHORT_FORMS: readonly [RegExp, string][] = [
  [/^ทต\.?/, 'เทศบาลตำบล'],
  [/^ทม\.?/, 'เทศบาลเมือง'],
  [/^ทน\.?/, 'เทศบาลนคร'],
  [/^อบต\.?/, 'องค์การบริหารส่วนตำบล'],
  [/^อบจ\.?/, 'องค์การบริหารส่วนจังหวัด'],
];

function officeKey(name: string): string {
  let key = titleKey(name);
  for (const [short, long] of SHORT_FORMS) key = key.replace(short, long);
  return key;
}

/**
 * Whether two names are of one office: the same once spaces and short forms
 * are set aside, or one the other's end ("ขุนแก้ว" for "เทศบาลตำบลขุนแก้ว").
 */
export function sameOffice(a: string, b: string): boolean {
  const [x, y] = [officeKey(a), officeKey(b)];
  if (x === '' || y === '') return true;
  return x === y || x.endsWith(y) || y.endsWith(x);
}
