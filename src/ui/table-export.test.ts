import { describe, expect, it } from 'vitest';

import { escapeHtml, tableToHtml } from './copy-table';
import { csvBlob, tableToCsv, xlsxBlob, type TextTable } from './table-export';

const table: TextTable = {
  title: ['รายงานผล', 'ปีงบประมาณ 2568'],
  headers: ['มาตรการ', 'ผลลัพธ์'],
  rows: [
    ['๑. ก, ข', '- ผลหนึ่ง\n- ผลสอง'],
    ['=1+1', 'ว่า "ดี"'],
  ],
};

describe('tableToCsv', () => {
  it('writes the title, a blank line, the headings and the rows, quoting where needed', () => {
    expect(tableToCsv(table).split('\r\n')).toEqual([
      'รายงานผล',
      'ปีงบประมาณ 2568',
      '',
      'มาตรการ,ผลลัพธ์',
      `"๑. ก, ข","'- ผลหนึ่ง\n- ผลสอง"`,
      `'=1+1,"ว่า ""ดี"""`,
      '',
    ]);
  });
});

describe('csvBlob', () => {
  it('is UTF-8 with a byte-order mark', async () => {
    const bytes = new Uint8Array(await csvBlob(table).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('รายงานผล');
  });
});

describe('xlsxBlob', () => {
  it('is a zip (an .xlsx workbook)', async () => {
    const blob = await xlsxBlob(table, 'รายงาน');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  });
});

describe('tableToHtml', () => {
  it('escapes the text and keeps line breaks', () => {
    const html = tableToHtml({
      title: ['<script>'],
      headers: ['a&b'],
      rows: [['x\ny']],
    });
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('>a&amp;b</th>');
    expect(html).toContain('>x<br>y</td>');
    expect(escapeHtml('"')).toBe('&quot;');
  });
});
