/**
 * Thai digits (๐–๙) and Arabic digits are both accepted wherever input is
 * read (DESIGN.md), so every reader goes through these conversions.
 */

// ๐ is U+0E50; the ten Thai digits are contiguous, like 0–9.
const THAI_ZERO = 0x0e50;

/** toThaiDigits('2568') === '๒๕๖๘' */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) =>
    String.fromCharCode(THAI_ZERO + Number(d)),
  );
}

/** toArabicDigits('๒๕๖๘') === '2568' */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

// Digits with an optional sign and decimal point; thousands separators only
// in proper groups of three, so "1,5" is rejected rather than read as 15.
const NUMBER_PATTERN = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?$/;

/** parseNumber(' ๙๖.๗๓ ') === 96.73; parseNumber('abc') === null */
export function parseNumber(text: string): number | null {
  const arabic = toArabicDigits(text.trim());
  if (!NUMBER_PATTERN.test(arabic) || !/\d/.test(arabic)) return null;
  const value = Number(arabic.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}
