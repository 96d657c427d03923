/** Files that are no report the paste page can read: each refused with its reason. */
import { readFileSync } from 'node:fs';

import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { pdfPages } from '@/testing/pdf-pages';

import { parseReportRows } from '../parse-report-text';
import { fileKind, HEAD_LENGTH, MAX_FILE_BYTES } from './file-kind';
import { gridFromPdf } from './pdf-grid';
import { pdfOpenError } from './pdf-lines';
import { readReportFile } from './read-report-file';

const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(new URL(`../../fixtures/files/${name}`, import.meta.url)),
  );
const kindOf = (name: string, bytes: Uint8Array) =>
  fileKind(name, bytes.length, bytes.slice(0, HEAD_LENGTH));

describe('fileKind', () => {
  it('takes the report files by their first bytes and name', () => {
    expect(kindOf('a.docx', fixture('khunkaew-2568.docx'))).toEqual({
      ok: true,
      kind: 'docx',
    });
    expect(kindOf('a.xlsx', fixture('khunkaew-2568.xlsx'))).toEqual({
      ok: true,
      kind: 'xlsx',
    });
    expect(kindOf('report', fixture('khunkaew-2568.pdf'))).toEqual({
      ok: true,
      kind: 'pdf',
    });
    expect(kindOf('a.txt', strToU8('ก\tข'))).toEqual({
      ok: true,
      kind: 'text',
    });
    expect(kindOf('a.CSV', strToU8('ก,ข'))).toEqual({ ok: true, kind: 'csv' });
  });

  it('refuses a file over 200 MB before reading it', () => {
    expect(fileKind('big.pdf', MAX_FILE_BYTES + 1, new Uint8Array())).toEqual({
      ok: false,
      error: 'tooLarge',
    });
  });

  it('asks for an old Word or Excel file to be saved in the new format', () => {
    expect(kindOf('old.doc', fixture('old-word.doc'))).toEqual({
      ok: false,
      error: 'oldWord',
    });
    expect(kindOf('old.xls', fixture('old-word.doc'))).toEqual({
      ok: false,
      error: 'oldExcel',
    });
  });

  it('names a .docx kept with a password (an OLE file) encrypted', () => {
    expect(kindOf('locked.docx', fixture('old-word.doc'))).toEqual({
      ok: false,
      error: 'encrypted',
    });
  });

  it('names a picture or another file unknown, and a .pdf that is none broken', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ]);
    expect(kindOf('scan.png', png)).toEqual({
      ok: false,
      error: 'unknownType',
    });
    expect(kindOf('a.zip', strToU8('PK\u0003\u0004'))).toEqual({
      ok: false,
      error: 'unknownType',
    });
    expect(kindOf('a.pdf', strToU8('<html>'))).toEqual({
      ok: false,
      error: 'broken',
    });
    expect(kindOf('a.txt', new Uint8Array())).toEqual({
      ok: false,
      error: 'empty',
    });
  });
});

describe('readReportFile', () => {
  it('names a .docx whose zip is cut short broken', async () => {
    const cut = fixture('khunkaew-2568.docx').slice(0, 800);
    expect(await readReportFile('docx', cut)).toEqual({
      ok: false,
      error: 'broken',
    });
    const noDocument = zipSync({ 'a.txt': strToU8('x') });
    expect(await readReportFile('xlsx', noDocument)).toEqual({
      ok: false,
      error: 'broken',
    });
  });

  it('reads a .csv as Excel saves it, cells with line breaks quoted', async () => {
    const csv =
      'มาตรการ,วิธีการดำเนินการ,ระยะเวลาดำเนินการ,ผู้รับผิดชอบ\n"๑. ก","๑. ข\n๒. ค",ทั้งปีงบประมาณ,กองคลัง\n';
    const read = await readReportFile('csv', strToU8(csv));
    if (!read.ok) throw new Error(read.error);
    const parsed = parseReportRows(read.rows);
    expect(parsed.measures.map((m) => [m.title, m.methods])).toEqual([
      ['ก', ['ข', 'ค']],
    ]);
  });

  it('a table with no heading it knows is named so, and nothing is read from it', async () => {
    const document = `<w:document xmlns:w="w"><w:body><w:tbl>${[
      'ชื่อ\tเรื่อง\tเวลา',
      'ก\tข\tค',
    ]
      .map(
        (row) =>
          `<w:tr>${row
            .split('\t')
            .map((c) => `<w:tc><w:p><w:r><w:t>${c}</w:t></w:r></w:p></w:tc>`)
            .join('')}</w:tr>`,
      )
      .join('')}</w:tbl></w:body></w:document>`;
    const read = await readReportFile(
      'docx',
      zipSync({ 'word/document.xml': strToU8(document) }),
    );
    if (!read.ok) throw new Error(read.error);
    const parsed = parseReportRows(read.rows);
    expect(parsed.measures).toEqual([]);
    expect(parsed.issues.map((i) => i.key)).toEqual(['noHeader']);
  });

  it('a PDF with a password is named encrypted, a PDF pdf.js cannot open broken', async () => {
    const failure = (bytes: Uint8Array) =>
      pdfPages(bytes).then(
        () => 'opened',
        (error: unknown) => pdfOpenError(error),
      );
    const locked = fixture('password.pdf');
    expect(kindOf('รายงาน.pdf', locked)).toEqual({ ok: true, kind: 'pdf' });
    expect(await failure(locked)).toBe('encrypted');
    expect(await failure(strToU8('%PDF-1.7\nno objects'))).toBe('broken');
  }, 30_000);

  it('a PDF of a picture has no text to read', async () => {
    expect(gridFromPdf(await pdfPages(fixture('picture-only.pdf')))).toEqual({
      ok: false,
      error: 'noText',
    });
  }, 30_000);
});
