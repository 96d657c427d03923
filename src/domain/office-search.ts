/**
 * Finding an office by part of its name, district or province, as a person
 * types it into the office picker: Thai writes no spaces between words and
 * people put them anywhere ("เทศบาลตำบล ขุนแก้ว"), type the labels they see
 * ("อ.เกาะคา"), either digits, and Latin letters in any case.
 */
import { toArabicDigits } from './digits';
import { compareThai } from './table-sort';

/** What the search reads of an office. */
export interface OfficePlace {
  id: string;
  name: string;
  district: string;
  province: string;
}

/** The offices in Thai order, each with the text its search compares. */
export interface OfficeIndex<O extends OfficePlace> {
  offices: readonly O[];
  keys: readonly string[];
}

// Spaces of every kind, and the zero-width ones Word leaves in Thai text.
const SPACES = /[\s\u200b-\u200d\u2060\ufeff]+/g;

// NFKC writes "ำ" as nikhahit + sara aa, as some keyboards type it; the key
// writes both as "ำ" again, so keys read as the names do.
const SARA_AM = /\u0e4d\u0e32/g;

/** searchKey(' เทศบาล ตำบล ๑ ＡBC ') === 'เทศบาลตำบล1abc' */
export function searchKey(text: string): string {
  return toArabicDigits(text.normalize('NFKC').replace(SARA_AM, '\u0e33'))
    .replace(SPACES, '')
    .toLocaleLowerCase('th');
}

// The words a place is written with: "อำเภอเกาะคา", "อ.เกาะคา", "จ.ลำปาง".
const PLACE_LABEL = /^(?:อำเภอ|อ\.|จังหวัด|จ\.|เขต)/;

/** The typed words, without spaces or place labels; empty when nothing is asked. */
function queryTerms(query: string): string[] {
  return query
    .split(SPACES)
    .map((word) => searchKey(word).replace(PLACE_LABEL, ''))
    .filter((term) => term !== '');
}

// A newline cannot be typed into the search box, so no term spans two fields.
const keyOf = (office: OfficePlace) =>
  [office.name, office.district, office.province].map(searchKey).join('\n');

/** Thai order of names; the same name in two places by province, then district. */
function compareOffices(a: OfficePlace, b: OfficePlace): number {
  return (
    compareThai(a.name, b.name) ||
    compareThai(a.province, b.province) ||
    compareThai(a.district, b.district) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Sorts once, so each keystroke only filters. The workspace lists offices
 * in name order already, and sorting sorted input is one pass.
 */
export function officeIndex<O extends OfficePlace>(
  offices: readonly O[],
): OfficeIndex<O> {
  const sorted = [...offices].sort(compareOffices);
  return { offices: sorted, keys: sorted.map(keyOf) };
}

/**
 * searchOffices(index, 'ขุนแก้ว ลำปาง'): the offices whose name, district or
 * province holds every word typed, or the whole text without its spaces;
 * in Thai order; every office for an empty text.
 */
export function searchOffices<O extends OfficePlace>(
  index: OfficeIndex<O>,
  query: string,
): O[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [...index.offices];
  const whole = terms.join('');
  return index.offices.filter((_, i) => {
    const key = index.keys[i] ?? '';
    return key.includes(whole) || terms.every((term) => key.includes(term));
  });
}
