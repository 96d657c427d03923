/**
 * What a picked file is when it is no bundle: people pick the report's Excel
 * or Word file, a scan or a zip of the bundle, and "not UTF-8" tells them
 * nothing. The kind is read from the first bytes (a file's magic number),
 * the name's extension deciding where the bytes are shared (every Office file
 * is a zip) or say nothing. A file whose text opens an object is never judged
 * here: whatever its name, the reading decides (a bundle renamed by mistake
 * still imports). Every picked file passes through this before either
 * reading (whole or in slices), so both refuse it alike.
 */

export const OTHER_FILE_KINDS = [
  'excel',
  'word',
  'powerpoint',
  'pdf',
  'image',
  'csv',
  'zip',
  'archive',
] as const;
export type OtherFileKind = (typeof OTHER_FILE_KINDS)[number];

/** How many bytes of the file's start are enough to tell its kind. */
export const HEAD_BYTES = 1024;

const BY_EXTENSION: Record<string, OtherFileKind> = {
  xlsx: 'excel',
  xlsm: 'excel',
  xls: 'excel',
  ods: 'excel',
  docx: 'word',
  doc: 'word',
  odt: 'word',
  rtf: 'word',
  pptx: 'powerpoint',
  ppt: 'powerpoint',
  odp: 'powerpoint',
  pdf: 'pdf',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
  heic: 'image',
  heif: 'image',
  bmp: 'image',
  tif: 'image',
  tiff: 'image',
  csv: 'csv',
  tsv: 'csv',
  zip: 'zip',
  rar: 'archive',
  '7z': 'archive',
};

/** Office formats that are zips, told apart by the parts they hold. */
const ZIP_PARTS: [string, OtherFileKind][] = [
  ['xl/', 'excel'],
  ['opendocument.spreadsheet', 'excel'],
  ['word/', 'word'],
  ['opendocument.text', 'word'],
  ['ppt/', 'powerpoint'],
  ['opendocument.presentation', 'powerpoint'],
];

const OFFICE = new Set<OtherFileKind>(['excel', 'word', 'powerpoint']);

const startsWith = (head: Uint8Array, magic: readonly number[], at = 0) =>
  magic.every((b, i) => head[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

function extensionOf(name: string): OtherFileKind | undefined {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : BY_EXTENSION[name.slice(dot + 1).toLowerCase()];
}

function zipKind(head: Uint8Array, byName?: OtherFileKind): OtherFileKind {
  if (byName && OFFICE.has(byName)) return byName;
  const text = String.fromCharCode(...head);
  return ZIP_PARTS.find(([part]) => text.includes(part))?.[1] ?? 'zip';
}

function magicKind(
  head: Uint8Array,
  byName?: OtherFileKind,
): OtherFileKind | undefined {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return zipKind(head, byName);
  if (startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return zipKind(head, byName);
  // The compound file of Office 97–2003 (.xls, .doc, .ppt): the name says which.
  const compound = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (startsWith(head, compound))
    return byName && OFFICE.has(byName) ? byName : 'excel';
  if (startsWith(head, ascii('%PDF'))) return 'pdf';
  if (startsWith(head, ascii('{\\rtf'))) return 'word';
  const images = [
    [0x89, ...ascii('PNG')],
    [0xff, 0xd8, 0xff],
    ascii('GIF8'),
    [0x49, 0x49, 0x2a, 0x00],
    [0x4d, 0x4d, 0x00, 0x2a],
  ];
  if (images.some((magic) => startsWith(head, magic))) return 'image';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8))
    return 'image';
  if (
    ['heic', 'heix', 'mif1', 'avif'].some((b) =>
      startsWith(head, ascii(`ftyp${b}`), 4),
    )
  )
    return 'image';
  if (startsWith(head, ascii('Rar!'))) return 'archive';
  if (startsWith(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return 'archive';
  return undefined;
}

/** Opens (after a byte-order mark and white space) the way a JSON object does. */
function opensObject(head: Uint8Array): boolean {
  let i = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while ([0x20, 0x09, 0x0a, 0x0d].includes(head[i] ?? -1)) i++;
  return head[i] === 0x7b;
}

/**
 * The kind of a file that is no bundle, from its first bytes (HEAD_BYTES of
 * them, decompressed) and its name; undefined when the reading must judge.
 * otherFileKind(<the bytes of an .xlsx>, 'report.xlsx') === 'excel'
 */
export function otherFileKind(
  head: Uint8Array,
  name: string,
): OtherFileKind | undefined {
  if (opensObject(head)) return undefined;
  const byName = extensionOf(name);
  return magicKind(head, byName) ?? byName;
}
