import { describe, expect, it } from 'vitest';

import { parseReportRows } from '../parse-report-text';
import { cellText, gridFromPdf, lineEnds } from './pdf-grid';
import type { PdfItem, PdfPage } from './pdf-lines';

const item = (text: string, x: number, y: number): PdfItem => ({
  text,
  x,
  y,
  width: text.length * 5,
  height: 10,
});
const COLUMNS = [10, 150, 300, 450];
const row = (y: number, cells: readonly string[]) =>
  cells.flatMap((text, i) => (text ? [item(text, COLUMNS[i]!, y)] : []));
const header = row(50, [
  'มาตรการ/แนวทาง',
  'วิธีการดำเนินการ',
  'ระยะเวลาดำเนินการ',
  'ผู้รับผิดชอบ',
]);
const page = (n: number, items: PdfItem[]): PdfPage => ({
  width: 600,
  height: 600,
  items: [
    item('ITA report', 400, 20),
    item(`${n}/2`, 290, 580),
    ...header,
    ...items,
  ],
});

// A measure cut by the page break: its title and its methods run on.
const pages = [
  page(1, [
    item('รายงานผล ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', 100, 35),
    ...row(80, ['๑. มาตรการ ก', '๑. ขั้นแรก', 'ทั้งปีงบประมาณ', 'กองคลัง']),
    ...row(95, ['ส่วนที่สอง', 'ขั้นต่อ', '', '']),
  ]),
  page(2, [
    ...row(80, ['ต่อท้าย', '๒. ขั้นสอง', '', '']),
    ...row(110, ['๒. มาตรการ ข', 'ทำ', 'ต.ค.๖๗ - ก.ย.๖๘', 'กองคลัง']),
  ]),
];

describe('gridFromPdf', () => {
  it('rebuilds rows from the header’s columns, joins a row a page cut, leaves out what pages repeat', () => {
    const grid = gridFromPdf(pages);
    if (!grid.ok) throw new Error(grid.error);
    const parsed = parseReportRows(grid.rows);
    expect(parsed.issues).toEqual([]);
    expect(parsed.fiscalYear).toBe(2568);
    expect(
      parsed.measures.map((m) => [m.title, m.methods, m.unitNames]),
    ).toEqual([
      ['มาตรการ ก ส่วนที่สอง ต่อท้าย', ['ขั้นแรก ขั้นต่อ', 'ขั้นสอง'], ['กองคลัง']],
      ['มาตรการ ข', ['ทำ'], ['กองคลัง']],
    ]);
  });

  it('keeps each cell’s printed lines and how much of the column each took', () => {
    const grid = gridFromPdf(pages);
    if (!grid.ok) throw new Error(grid.error);
    const first = grid.rows.find((r) => r.cells[0]?.startsWith('๑.'))!;
    expect(first.lines[0]!.map((line) => line.text)).toEqual([
      '๑. มาตรการ ก',
      'ส่วนที่สอง',
      'ต่อท้าย',
    ]);
    expect(first.lines[0]![0]!.fill).toBeGreaterThan(0.3);
    expect(first.lines[0]![0]!.fill).toBeLessThan(0.6);
  });

  it('says where each printed line of a cell ended in its text, for the wrap-space proposal', () => {
    const lines = [
      { text: 'การประเมินความ', fill: 0.95 },
      { text: 'เสี่ยง', fill: 0.2 },
    ];
    expect(cellText(lines)).toBe('การประเมินความ เสี่ยง');
    expect(lineEnds(lines)).toEqual([{ at: 14, fill: 0.95, nextFill: 0.2 }]);
    expect(cellText(lines)[14]).toBe(' ');
  });

  it('says a PDF whose pages hold no text is a picture', () => {
    expect(gridFromPdf([{ width: 600, height: 800, items: [] }])).toEqual({
      ok: false,
      error: 'noText',
    });
  });
});
