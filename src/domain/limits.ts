/**
 * What one record and one file may hold (docs/bundle-format.md "Reading
 * rules" 5, docs/decisions.md "Issue 17: hostile files"): limits a 4 GB
 * laptop holds whatever a file within them says. The forms keep to them
 * too, so a device's own export is never refused by another.
 */

/** The longest text field, in characters: about 20 pages of Thai. */
export const TEXT_MAX = 20_000;
/** A measure's methods (steps): a real one has a few, a long one 20. */
export const METHODS_MAX = 100;
/** Items of any other list in a record (units, links, ids). */
export const LIST_MAX = 500;
/**
 * Records in one file, every list together (valid or not): a nation's
 * bundle is about 1,050,000 (8,000 offices, 36,000 measures, 1,000,000
 * updates); its ids, held to find those carried twice, are about 80 MB.
 */
export const MAX_RECORDS = 2_000_000;
