/**
 * Telling whether an office name typed in a list (a CSV, a form) is an
 * office already known: the same office written another way ("อบต.หนองแสง"
 * for "องค์การบริหารส่วนตำบลหนองแสง", spaces anywhere, Thai digits), or one
 * letter off (a misspelling, proposed for the person to confirm, never
 * taken on its own).
 */
import { distance } from 'fastest-levenshtein';

import { searchKey } from '../office-search';

/** What matching reads of an office: its name and, when known, its district. */
export interface NamedPlace {
  name: string;
  district: string;
}

// The short forms offices write their own kind with, longest first so
// "อบต." is not read as "อบ" + "ต.". Written out, two spellings of one
// office have one key.
const SHORT_FORMS: readonly [RegExp, string][] = [
  [/^อบต\.?/, 'องค์การบริหารส่วนตำบล'],
  [/^อบจ\.?/, 'องค์การบริหารส่วนจังหวัด'],
  [/^ทน\./, 'เทศบาลนคร'],
  [/^ทม\./, 'เทศบาลเมือง'],
  [/^ทต\./, 'เทศบาลตำบล'],
];

// "อำเภอเกาะคา" and "อ.เกาะคา" are the district "เกาะคา".
const DISTRICT_LABEL = /^(?:อำเภอ|อ\.|เขต)/;

/** nameKey(' อบต. หนองแสง ') === nameKey('องค์การบริหารส่วนตำบลหนองแสง') */
export function nameKey(name: string): string {
  let key = searchKey(name);
  for (const [short, long] of SHORT_FORMS) key = key.replace(short, long);
  return key;
}

/** districtKey('อ.เกาะคา') === districtKey('เกาะคา') */
export function districtKey(district: string): string {
  return searchKey(district).replace(DISTRICT_LABEL, '');
}

/**
 * The most letters a misspelled name may differ by: one in a short name,
 * two from 12 letters on (a Thai office name is 15 to 30), so that
 * "หนองแสง" and "หนองแวง", two real places, still differ by one and are
 * proposed, never merged.
 */
export function closeEnough(length: number): number {
  return length < 12 ? 1 : 2;
}

export type NameMatch<P> =
  | { kind: 'same'; place: P }
  | { kind: 'close'; places: P[] }
  | { kind: 'none' };

/**
 * matchName({ name: 'อบต.หนองแสง', district: '' }, places): the place of the
 * same name (and district, when both have one) is the same office; places
 * whose name is a letter or two off, or of the same name in another
 * district, are proposed, nearest first; else none.
 */
export function matchName<P extends NamedPlace>(
  wanted: NamedPlace,
  places: readonly P[],
): NameMatch<P> {
  const key = nameKey(wanted.name);
  const district = districtKey(wanted.district);
  const close: { place: P; distance: number }[] = [];
  for (const place of places) {
    const placeKey = nameKey(place.name);
    const placeDistrict = districtKey(place.district);
    const sameDistrict =
      district === '' || placeDistrict === '' || district === placeDistrict;
    if (placeKey === key) {
      if (sameDistrict) return { kind: 'same', place };
      // Nearer than any misspelling, yet not taken: two offices of one
      // name in two districts are common ("หนองแสง").
      close.push({ place, distance: 0.5 });
      continue;
    }
    // The lengths alone rule most places out before the distance is counted.
    const limit = closeEnough(key.length);
    if (Math.abs(placeKey.length - key.length) > limit) continue;
    const d = distance(key, placeKey);
    if (d <= limit) close.push({ place, distance: d + (sameDistrict ? 0 : 1) });
  }
  if (close.length === 0) return { kind: 'none' };
  close.sort((a, b) => a.distance - b.distance);
  return { kind: 'close', places: close.map((c) => c.place) };
}
