/**
 * The rows of an expected-offices CSV: a name, and a kind, district and
 * province where the file has them. Headers are read in Thai or English as
 * people write them; other columns are named back and ignored; a name
 * twice in the file is one office (the rows named), never two.
 */
import Papa from 'papaparse';

import { searchKey } from '../office-search';
import { OFFICE_KINDS, type OfficeKind } from '../types';
import { districtKey, nameKey } from './name-match';

export type CsvField = 'name' | 'kind' | 'district' | 'province';

// Header spellings, compared by searchKey (no spaces, lower case).
const HEADERS: Record<CsvField, readonly string[]> = {
  name: [
    'name',
    'office',
    'officename',
    'ชื่อ',
    'ชื่อหน่วยงาน',
    'หน่วยงาน',
    'ชื่ออปท.',
    'อปท.',
    'อปท',
    'ชื่อองค์กรปกครองส่วนท้องถิ่น',
  ],
  kind: [
    'kind',
    'type',
    'officekind',
    'ประเภท',
    'ประเภทหน่วยงาน',
    'ประเภทอปท.',
    'รูปแบบ',
  ],
  district: ['district', 'amphoe', 'amphur', 'อำเภอ', 'เขต'],
  province: ['province', 'changwat', 'จังหวัด'],
};

// Kinds as written in a cell, and as a name begins: Thai names, the
// short forms, the app's own codes and English.
const KIND_WORDS: readonly [OfficeKind, readonly string[]][] = [
  ['city-municipality', ['เทศบาลนคร', 'ทน.', 'citymunicipality']],
  ['town-municipality', ['เทศบาลเมือง', 'ทม.', 'townmunicipality']],
  [
    'subdistrict-municipality',
    ['เทศบาลตำบล', 'ทต.', 'subdistrictmunicipality'],
  ],
  ['sao', ['องค์การบริหารส่วนตำบล', 'อบต.', 'อบต', 'sao']],
  ['pao', ['องค์การบริหารส่วนจังหวัด', 'อบจ.', 'อบจ', 'pao']],
  ['other', ['อื่นๆ', 'อื่น', 'other']],
];

/** kindOf('อบต.') === 'sao'; kindOf('Sub-district municipality') === 'subdistrict-municipality' */
export function kindOf(cell: string): OfficeKind | null {
  if ((OFFICE_KINDS as readonly string[]).includes(cell.trim()))
    return cell.trim() as OfficeKind;
  // The app's own labels put the other language in brackets:
  // "องค์การบริหารส่วนตำบล (อบต.)", "City municipality (เทศบาลนคร)".
  const key = searchKey(cell).replace(/[-_]/g, '');
  const bracket = /^(.*)\((.*)\)$/.exec(key);
  const readings = bracket ? [bracket[1], bracket[2]] : [key];
  for (const [kind, words] of KIND_WORDS)
    if (readings.some((r) => r !== undefined && words.includes(r))) return kind;
  return null;
}

/** The kind a name says it is: "เทศบาลตำบลขุนแก้ว" is a subdistrict municipality. */
export function kindInName(name: string): OfficeKind | null {
  const key = nameKey(name);
  for (const [kind, words] of KIND_WORDS)
    if (kind !== 'other' && key.startsWith(words[0] ?? '')) return kind;
  return null;
}

export interface CsvOffice {
  /** The file's row numbers, as Excel shows them (the header is row 1). */
  rows: number[];
  name: string;
  kind: OfficeKind | null;
  district: string;
  province: string;
}

export type CsvNote =
  /** Columns the file has that the list keeps no field for. */
  | { kind: 'ignored-columns'; columns: string[] }
  /** One name in several rows, taken as one office. */
  | { kind: 'merged'; name: string; rows: number[]; differ: boolean }
  | { kind: 'no-name'; row: number }
  /** A kind cell the list cannot read: the kind is taken from the name, if it says. */
  | { kind: 'unknown-kind'; row: number; value: string };

export type CsvOffices =
  | {
      ok: true;
      offices: CsvOffice[];
      notes: CsvNote[];
      columns: Partial<Record<CsvField, string>>;
    }
  | { ok: false; error: 'no-name-column'; columns: string[] }
  | { ok: false; error: 'no-rows' };

function fieldOf(header: string): CsvField | null {
  const key = searchKey(header);
  for (const field of Object.keys(HEADERS) as CsvField[])
    if (HEADERS[field].includes(key)) return field;
  return null;
}

/** Two rows are one office: one name, and one district where both say. */
function sameOffice(a: CsvOffice, b: CsvOffice): boolean {
  if (nameKey(a.name) !== nameKey(b.name)) return false;
  const [da, db] = [districtKey(a.district), districtKey(b.district)];
  return da === '' || db === '' || da === db;
}

/** Folds a later row into the office it repeats; true when a value disagrees. */
function merge(into: CsvOffice, row: CsvOffice): boolean {
  let differ = false;
  for (const field of ['kind', 'district', 'province'] as const) {
    const value = row[field];
    if (value === null || value === '') continue;
    if (into[field] === null || into[field] === '')
      into[field] = value as never;
    else if (searchKey(String(into[field])) !== searchKey(value)) differ = true;
  }
  into.rows.push(...row.rows);
  return differ;
}

/**
 * The separator the header row uses most: Excel writes ";" where the
 * system's list separator is one, and "Unicode text" separates by tabs.
 * (Papa Parse's own guess reads one blank row as a row of another width.)
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (d: string) => header.split(d).length;
  return [',', '\t', ';'].reduce((best, d) =>
    count(d) > count(best) ? d : best,
  );
}

/** csvOffices('ชื่อ,อำเภอ\nทต.ขุนแก้ว,นครชัยศรี') → one office, kind read from its name */
export function csvOffices(text: string): CsvOffices {
  const { data } = Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    delimiter: delimiterOf(text),
  });
  const [header = [], ...body] = data;
  const columns: Partial<Record<CsvField, number>> = {};
  const ignored: string[] = [];
  header.forEach((cell, i) => {
    const field = fieldOf(cell);
    if (field !== null && columns[field] === undefined) columns[field] = i;
    else if (cell.trim() !== '') ignored.push(cell.trim());
  });
  if (columns.name === undefined)
    return {
      ok: false,
      error: 'no-name-column',
      columns: header.map((c) => c.trim()).filter(Boolean),
    };
  const cell = (row: string[], field: CsvField) => {
    const i = columns[field];
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
  const notes: CsvNote[] = [];
  if (ignored.length > 0)
    notes.push({ kind: 'ignored-columns', columns: ignored });
  const offices: CsvOffice[] = [];
  const merged = new Map<CsvOffice, boolean>();
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const name = cell(cells, 'name').replace(/\s+/g, ' ');
    if (name === '') {
      notes.push({ kind: 'no-name', row });
      return;
    }
    const kindCell = cell(cells, 'kind');
    let kind = kindCell === '' ? null : kindOf(kindCell);
    if (kindCell !== '' && kind === null)
      notes.push({ kind: 'unknown-kind', row, value: kindCell });
    kind ??= kindInName(name);
    const office: CsvOffice = {
      rows: [row],
      name,
      kind,
      district: cell(cells, 'district'),
      province: cell(cells, 'province'),
    };
    const earlier = offices.find((o) => sameOffice(o, office));
    if (earlier === undefined) offices.push(office);
    else
      merged.set(
        earlier,
        merge(earlier, office) || (merged.get(earlier) ?? false),
      );
  });
  if (offices.length === 0 && notes.every((n) => n.kind === 'ignored-columns'))
    return { ok: false, error: 'no-rows' };
  for (const [office, differ] of merged)
    notes.push({
      kind: 'merged',
      name: office.name,
      rows: office.rows,
      differ,
    });
  const named = Object.fromEntries(
    Object.entries(columns).map(([field, i]) => [
      field,
      header[i]?.trim() ?? '',
    ]),
  );
  return { ok: true, offices, notes, columns: named };
}
