/**
 * Recognising a report's header row. Columns are found by their headings,
 * never by position: offices reorder, add and rename columns. Headings are
 * compared with spaces removed, since a PDF copy breaks them ("ระยะเวลา ดำเนินการ").
 */
import { OFFICIAL_HEADINGS, type ReportColumn } from '../report/report-columns';
import { stripStrayTags } from './read-cells';

/** The report's columns, plus two that some offices' forms add. */
export type PasteColumn = ReportColumn | 'problems' | 'number';

/** Other words offices use for each heading. */
const SYNONYMS: Record<PasteColumn, readonly string[]> = {
  title: [
    'มาตรการ',
    'แนวทาง',
    'มาตรการ/แนวทางการดำเนินงาน',
    'ชื่อมาตรการ',
    'measure',
    'measures',
    'measure/guideline',
  ],
  methods: [
    'วิธีดำเนินการ',
    'วิธีการ',
    'ขั้นตอนการดำเนินการ',
    'ขั้นตอนการดำเนินงาน',
    'วิธีการดำเนินงาน',
    'methods',
    'method',
    'steps',
  ],
  period: [
    'ระยะเวลา',
    'ระยะเวลาการดำเนินการ',
    'ระยะเวลาดำเนินงาน',
    'ช่วงเวลาดำเนินการ',
    'ช่วงเวลา',
    'period',
  ],
  result: [
    'ผลการดำเนินการ',
    'ผลการดำเนินงาน',
    'ผลการดำเนินการตามมาตรการ',
    'ผลการดำเนินงานตามมาตรการ/กิจกรรม',
    'result',
    'results',
  ],
  suggestions: [
    'ข้อเสนอแนะเพิ่มเติม',
    'ข้อเสนอแนะ/แนวทางแก้ไข',
    'suggestions',
    'suggestion',
  ],
  units: [
    'หน่วยงานรับผิดชอบ',
    'หน่วยงานที่รับผิดชอบ',
    'ส่วนราชการที่รับผิดชอบ',
    'ส่วนราชการผู้รับผิดชอบ',
    'responsible',
    'responsibleunit',
    'responsibleunits',
  ],
  outcome: [
    'ผลลัพธ์',
    'ผลลัพธ์หรือความสำเร็จ',
    'ความสำเร็จของการดำเนินการ',
    'ผลลัพธ์/ความสำเร็จของการดำเนินการ',
    'outcome',
    'outcomes',
  ],
  problems: ['ปัญหาและอุปสรรค', 'ปัญหา/อุปสรรค', 'ปัญหาอุปสรรค', 'problems'],
  number: ['ที่', 'ลำดับ', 'ลำดับที่', 'no.', 'no'],
};

/** The columns without which a measure is incomplete; title is needed to read any row. */
export const REQUIRED_COLUMNS: readonly ReportColumn[] = [
  'title',
  'methods',
  'period',
  'units',
];

/** squashHeading(' ระยะเวลา ดำเนินการ: ') === 'ระยะเวลาดำเนินการ' */
export function squashHeading(text: string): string {
  return stripStrayTags(text)
    .replace(/\u0e4d\u0e32/g, '\u0e33')
    .replace(/\s+/g, '')
    .replace(/[:*]+$/, '')
    .toLowerCase();
}

const LOOKUP = new Map<string, PasteColumn>();
for (const [column, words] of Object.entries(SYNONYMS)) {
  for (const word of words)
    LOOKUP.set(squashHeading(word), column as PasteColumn);
}
for (const [column, heading] of Object.entries(OFFICIAL_HEADINGS)) {
  LOOKUP.set(squashHeading(heading), column as PasteColumn);
}

/** Headings the caller adds: the app's own words in each language, so its exports read back. */
export type ExtraHeadings = ReadonlyMap<string, PasteColumn>;

/** extraHeadings({ period: ['Period'] }) → a map keyed by the squashed heading */
export function extraHeadings(
  words: Partial<Record<PasteColumn, readonly string[]>>,
): ExtraHeadings {
  const map = new Map<string, PasteColumn>();
  for (const [column, list] of Object.entries(words)) {
    for (const word of list)
      map.set(squashHeading(word), column as PasteColumn);
  }
  return map;
}

/**
 * headingColumn('ระยะเวลา ดำเนินการ') === 'period'. A heading of two words
 * joined by a slash ("ข้อเสนอแนะ/ แนวทางแก้ไข") is the column its first word
 * names: offices add the second to explain the first.
 */
export function headingColumn(
  cell: string,
  extra: ExtraHeadings = new Map(),
): PasteColumn | undefined {
  const key = squashHeading(cell);
  const found = LOOKUP.get(key) ?? extra.get(key);
  if (found || !key.includes('/')) return found;
  const first = key.slice(0, key.indexOf('/'));
  return LOOKUP.get(first) ?? extra.get(first);
}

/**
 * The key of a cell whose field an earlier cell of the header already has
 * (a second "ข้อเสนอแนะ"): its heading and its place, so the person can say
 * what it is without changing what the first one is.
 */
export function repeatKey(cell: string, index: number): string {
  return `${squashHeading(cell)}@${index + 1}`;
}

/** Which column each cell index holds; a repeated heading only as the person mapped it. */
export type ColumnMap = Map<PasteColumn, number>;

/**
 * A header row has at least three recognised headings: enough that a data
 * row which happens to contain a word like "ระยะเวลา" is not taken for one.
 */
export function readHeader(
  cells: readonly string[],
  extra?: ExtraHeadings,
): ColumnMap | null {
  const columns: ColumnMap = new Map();
  cells.forEach((cell, index) => {
    let column = headingColumn(cell, extra);
    if (column && columns.has(column)) {
      column = extra?.get(repeatKey(cell, index));
    }
    if (column && !columns.has(column)) columns.set(column, index);
  });
  return columns.size >= 3 ? columns : null;
}
