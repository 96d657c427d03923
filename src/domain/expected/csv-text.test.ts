import { describe, expect, it } from 'vitest';

import { csvText } from './csv-text';

const HEADER = 'ชื่อ,อำเภอ\nเทศบาลตำบลขุนแก้ว,นครชัยศรี\n';

// Windows-874 puts Thai letters at U+0E01–U+0E5B minus 0x0E00 plus 0xA0.
function windows874(text: string): Uint8Array {
  return Uint8Array.from([...text], (c) => {
    const code = c.codePointAt(0) ?? 0;
    return code >= 0x0e01 ? code - 0x0e00 + 0xa0 : code;
  });
}

function utf16le(text: string, bom = true): Uint8Array {
  const bytes = bom ? [0xff, 0xfe] : [];
  for (const c of text) {
    const code = c.charCodeAt(0);
    bytes.push(code & 0xff, code >> 8);
  }
  return Uint8Array.from(bytes);
}

describe('csvText', () => {
  it('reads UTF-8, with or without its byte-order mark', () => {
    const bytes = new TextEncoder().encode(HEADER);
    expect(csvText(bytes)).toEqual({
      ok: true,
      text: HEADER,
      encoding: 'utf-8',
    });
    const marked = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
    expect(csvText(marked)).toEqual({
      ok: true,
      text: HEADER,
      encoding: 'utf-8',
    });
  });

  it('reads what Thai Excel saves as CSV (Windows-874)', () => {
    expect(csvText(windows874(HEADER))).toEqual({
      ok: true,
      text: HEADER,
      encoding: 'windows-874',
    });
  });

  it('reads Excel’s Unicode text (UTF-16)', () => {
    expect(csvText(utf16le(HEADER))).toEqual({
      ok: true,
      text: HEADER,
      encoding: 'utf-16le',
    });
  });

  it('refuses an empty file, or one of spaces and blank lines', () => {
    expect(csvText(new Uint8Array())).toEqual({ ok: false, error: 'empty' });
    expect(csvText(new TextEncoder().encode(' \n\r\n'))).toEqual({
      ok: false,
      error: 'empty',
    });
  });

  it('refuses a workbook saved as .xlsx or .xls', () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    expect(csvText(zip)).toEqual({ ok: false, error: 'workbook' });
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]);
    expect(csvText(ole)).toEqual({ ok: false, error: 'workbook' });
  });

  it('refuses bytes that are no text it can read', () => {
    // UTF-16 without its mark: every other byte is a zero.
    expect(csvText(utf16le(HEADER, false))).toEqual({
      ok: false,
      error: 'encoding',
    });
    // Not UTF-8, and no Thai letter read as Windows-874 either.
    expect(csvText(Uint8Array.from([0x41, 0x80, 0x81, 0x0a]))).toEqual({
      ok: false,
      error: 'encoding',
    });
  });
});
