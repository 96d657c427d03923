/** The table readers' handling of what documents do to tables. */
import { describe, expect, it } from 'vitest';

import { readDocumentXml } from './docx';
import { readHtmlTable } from './html-table';
import { markupEvents } from './markup';

const cells = (rows: { cells: string[] }[]) => rows.map((row) => row.cells);

describe('readHtmlTable', () => {
  it('keeps text outside the table as one-cell rows and a cell’s paragraphs as lines', () => {
    const html = `<html><head><style>p.MsoNormal{margin:0}</style></head><body>
      <p class=MsoNormal>ประจำปีงบประมาณ<br>พ.ศ. ๒๕๖๘</p>
      <table><tr><td><p class=MsoNormal>๑. ก</p><p class=MsoNormal>&nbsp;</p>
      <p class=MsoNormal>๒.&nbsp;ข
      ค</p></td><td>x &amp; y</td></tr></table></body></html>`;
    expect(cells(readHtmlTable(html))).toEqual([
      ['ประจำปีงบประมาณ'],
      ['พ.ศ. ๒๕๖๘'],
      ['๑. ก\n๒. ข ค', 'x & y'],
    ]);
  });

  it('leaves the columns of merged cells where they were', () => {
    const html =
      '<table><tr><td rowspan=2>a</td><td colspan=2>b</td></tr><tr><td>c</td><td>d</td></tr></table>';
    expect(cells(readHtmlTable(html))).toEqual([
      ['a', 'b', ''],
      ['', 'c', 'd'],
    ]);
  });

  it('keeps a table inside a cell in that cell', () => {
    const html =
      '<table><tr><td>a<table><tr><td>b</td><td>c</td></tr></table></td><td>d</td></tr></table>';
    expect(cells(readHtmlTable(html))).toEqual([['a\nb\nc', 'd']]);
  });
});

describe('readDocumentXml', () => {
  const cell = (text: string, props = '') =>
    `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  it('reads spans across and merges down as Word writes them', () => {
    const xml = `<w:body><w:p><w:r><w:t xml:space="preserve">หัว </w:t></w:r><w:r><w:t>เรื่อง</w:t></w:r></w:p><w:tbl>
      <w:tr>${cell('a', '<w:vMerge w:val="restart"/>')}${cell('b', '<w:gridSpan w:val="2"/>')}</w:tr>
      <w:tr>${cell('', '<w:vMerge/>')}${cell('c')}${cell('d<w:br/>e')}</w:tr></w:tbl></w:body>`;
    expect(cells(readDocumentXml(xml))).toEqual([
      ['หัว เรื่อง'],
      ['a', 'b', ''],
      ['', 'c', 'd\ne'],
    ]);
  });
});

it('markupEvents reads named and numbered entities, and leaves others', () => {
  expect([
    ...markupEvents('<p>&lt;ก&gt; &#3586; &#x0E04; &bogus;</p>'),
  ]).toEqual([
    { kind: 'open', name: 'p', attrs: new Map(), self: false },
    { kind: 'text', text: '<ก> ข ค &bogus;' },
    { kind: 'close', name: 'p' },
  ]);
});

it('markupEvents keeps Office XML names, attributes and self-closing tags', () => {
  expect([
    ...markupEvents('<w:tc><w:gridSpan w:val="2"/><w:t>ก</w:t></w:tc>', 'xml'),
  ]).toEqual([
    { kind: 'open', name: 'w:tc', attrs: new Map(), self: false },
    {
      kind: 'open',
      name: 'w:gridspan',
      attrs: new Map([['w:val', '2']]),
      self: true,
    },
    { kind: 'open', name: 'w:t', attrs: new Map(), self: false },
    { kind: 'text', text: 'ก' },
    { kind: 'close', name: 'w:t' },
    { kind: 'close', name: 'w:tc' },
  ]);
});
