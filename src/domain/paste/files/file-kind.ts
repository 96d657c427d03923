/**
 * Which report file a person gave the paste page, from its name, size and
 * first bytes, before it is read: a file too large is refused unread, an old
 * Word or Excel file (Office 97) is asked to be saved in the new format, a
 * .docx or .xlsx with a password (Office keeps those as an OLE file too) is
 * named encrypted, anything else named unknown with what is taken.
 */

/** 200 MB: ten times the largest report an office publishes; larger is no report. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export type ReportFileKind = 'docx' | 'xlsx' | 'pdf' | 'text' | 'csv';

/** A message key under `paste.file.errors.` in the i18n resources. */
export type ReportFileError =
  | 'tooLarge'
  | 'empty'
  | 'oldWord'
  | 'oldExcel'
  | 'encrypted'
  | 'broken'
  | 'pdfNoText'
  | 'unknownType';

export type FileKindResult =
  { ok: true; kind: ReportFileKind } | { ok: false; error: ReportFileError };

/** Bytes `fileKind` needs from the file's start. */
export const HEAD_LENGTH = 8;

const starts = (head: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, i) => head[i] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** fileKind('รายงาน.docx', 5563, head) → { ok: true, kind: 'docx' } */
export function fileKind(
  name: string,
  size: number,
  head: Uint8Array,
): FileKindResult {
  if (size > MAX_FILE_BYTES) return { ok: false, error: 'tooLarge' };
  if (size === 0) return { ok: false, error: 'empty' };
  const ext = extension(name);
  if (starts(head, PDF)) return { ok: true, kind: 'pdf' };
  if (starts(head, OLE)) {
    if (ext === 'doc' || ext === 'dot') return { ok: false, error: 'oldWord' };
    if (ext === 'xls') return { ok: false, error: 'oldExcel' };
    if (ext === 'docx' || ext === 'xlsx') {
      return { ok: false, error: 'encrypted' };
    }
    return { ok: false, error: 'unknownType' };
  }
  if (starts(head, ZIP)) {
    if (ext === 'docx') return { ok: true, kind: 'docx' };
    if (ext === 'xlsx') return { ok: true, kind: 'xlsx' };
    return { ok: false, error: 'unknownType' };
  }
  if (ext === 'txt' || ext === 'tsv') return { ok: true, kind: 'text' };
  if (ext === 'csv') return { ok: true, kind: 'csv' };
  if (ext === 'pdf' || ext === 'docx' || ext === 'xlsx') {
    return { ok: false, error: 'broken' };
  }
  if (ext === 'doc') return { ok: false, error: 'oldWord' };
  if (ext === 'xls') return { ok: false, error: 'oldExcel' };
  return { ok: false, error: 'unknownType' };
}
