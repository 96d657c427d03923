import { describe, expect, it } from 'vitest';

import { otherFileKind } from './file-kind';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((p) =>
      typeof p === 'string' ? [...new TextEncoder().encode(p)] : p,
    ),
  );
/** A zip's first local header, naming its first entry. */
const zip = (entry: string) =>
  bytes([0x50, 0x4b, 0x03, 0x04], Array<number>(26).fill(0), entry);

describe('otherFileKind: what a file that is no bundle is, from its bytes and name', () => {
  it.each([
    [
      'an Excel workbook by name',
      zip('[Content_Types].xml'),
      'report.xlsx',
      'excel',
    ],
    [
      'an Excel workbook by its parts',
      zip('xl/workbook.xml'),
      'report',
      'excel',
    ],
    ['a Word document', zip('[Content_Types].xml'), 'รายงาน.docx', 'word'],
    [
      'a Word document by its parts',
      zip('word/document.xml'),
      'x.json',
      'word',
    ],
    ['a PowerPoint deck', zip('ppt/presentation.xml'), 'slides', 'powerpoint'],
    [
      'a LibreOffice spreadsheet',
      zip('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'),
      'x',
      'excel',
    ],
    ['another zip', zip('ita-2568.json'), 'files.zip', 'zip'],
    [
      'an old Excel file',
      bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'a.xls',
      'excel',
    ],
    [
      'an old Word file',
      bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'a.doc',
      'word',
    ],
    ['a PDF', bytes('%PDF-1.7\n'), 'report.json', 'pdf'],
    ['a PNG', bytes([0x89], 'PNG\r\n'), 'scan', 'image'],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0]), 'photo.jpg', 'image'],
    ['a GIF', bytes('GIF89a'), 'x', 'image'],
    ['a WebP', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'x', 'image'],
    ['a HEIC photo', bytes([0, 0, 0, 24], 'ftypheic'), 'IMG_0001', 'image'],
    ['a RAR archive', bytes('Rar!', [0x1a, 0x07]), 'x', 'archive'],
    ['a 7-Zip archive', bytes('7z', [0xbc, 0xaf, 0x27, 0x1c]), 'x', 'archive'],
    ['a CSV by name', bytes('ที่,มาตรการ,ระยะเวลา\n'), 'รายงาน.csv', 'csv'],
    [
      'a CSV with a byte-order mark',
      bytes([0xef, 0xbb, 0xbf], 'a,b\n'),
      'x.CSV',
      'csv',
    ],
    ['an Excel file cut short, by name', bytes('garbage'), 'x.xlsx', 'excel'],
  ])('%s', (_name, head, name, kind) => {
    expect(otherFileKind(head, name)).toBe(kind);
  });

  it.each([
    ['a bundle', bytes('{"type":"ita-tracker/bundle"'), 'x.json'],
    [
      'a bundle with space and a byte-order mark',
      bytes([0xef, 0xbb, 0xbf], ' \n {'),
      'x.json',
    ],
    // Renamed by mistake: its content decides, and it is read as a bundle.
    ['a bundle named .csv', bytes('{"type"'), 'x.csv'],
    ['a bundle named .xlsx', bytes('\n{'), 'x.xlsx'],
    ['other text', bytes('รายงานผล'), 'notes.json'],
    ['an empty head', bytes(), 'x.json'],
    ['a text file', bytes('hello'), 'notes.txt'],
  ])('%s is left to the reading', (_name, head, name) => {
    expect(otherFileKind(head, name)).toBeUndefined();
  });
});
