/**
 * The text of a file a person chose as a CSV. Excel in Thai saves "CSV"
 * as Windows-874 (TIS-620), "CSV UTF-8" with a byte-order mark, and
 * "Unicode text" as UTF-16: each is read; a workbook or a file in none of
 * them is refused with its reason, never read as garbage.
 */

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-874';

export type CsvText =
  | { ok: true; text: string; encoding: CsvEncoding }
  | { ok: false; error: 'empty' | 'workbook' | 'encoding' };

// A .xlsx is a zip ("PK"), an old .xls an OLE file.
const WORKBOOK_MAGIC = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
];

const THAI_LETTER = /[\u0e01-\u0e5b]/;
// What Windows-874 decodes bytes it has no letter for into; and the C0
// controls no text file holds.
// eslint-disable-next-line no-control-regex -- finding them is the point
const NOT_TEXT = /[\ufffd\u0000-\u0008\u000e-\u001f]/;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function decode(bytes: Uint8Array, encoding: CsvEncoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** csvText(bytes of "ชื่อ\n", saved by Excel as CSV) → { ok: true, text: 'ชื่อ\n', encoding: 'windows-874' } */
export function csvText(bytes: Uint8Array): CsvText {
  if (WORKBOOK_MAGIC.some((magic) => startsWith(bytes, magic)))
    return { ok: false, error: 'workbook' };
  let found: { text: string; encoding: CsvEncoding } | null = null;
  // TextDecoder drops the byte-order mark it is named for.
  if (startsWith(bytes, [0xff, 0xfe])) {
    const text = decode(bytes, 'utf-16le');
    if (text !== null) found = { text, encoding: 'utf-16le' };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    const text = decode(bytes, 'utf-16be');
    if (text !== null) found = { text, encoding: 'utf-16be' };
  } else {
    const utf8 = decode(bytes, 'utf-8');
    if (utf8 !== null) found = { text: utf8, encoding: 'utf-8' };
    else {
      // Not UTF-8: Thai Windows, when that reads as Thai text.
      const thai = decode(bytes, 'windows-874');
      if (thai !== null && THAI_LETTER.test(thai) && !NOT_TEXT.test(thai))
        found = { text: thai, encoding: 'windows-874' };
    }
  }
  if (found === null || NOT_TEXT.test(found.text))
    return { ok: false, error: 'encoding' };
  if (found.text.trim() === '') return { ok: false, error: 'empty' };
  return { ok: true, ...found };
}
