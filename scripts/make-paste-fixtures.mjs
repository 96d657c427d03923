#!/usr/bin/env node
// Makes the files the paste import is tested on (src/domain/fixtures/files/,
// see its README.md) from khunkaew-2568-cells.json: the example year's report
// as the app prints it, the real report's 11 measures (kept equal to the app's
// report by src/domain/paste/files/fixture-cells.test.ts).
//
//   khunkaew-2568.docx       a Word document: the title block, then the table,
//                            each line of a cell its own paragraph
//   khunkaew-2568.xlsx       a workbook: title rows, header, a row a measure
//   khunkaew-2568-word.html  what Word puts on the clipboard as text/html
//                            (mso- styles, <p class=MsoNormal> per paragraph)
//   khunkaew-2568.pdf        the table printed by Chromium (A4 landscape, the
//                            header row repeated on each page, rows cut by
//                            page breaks, a running header and page numbers)
//   picture-only.pdf         a page with a picture and no text layer (a scan)
//   old-word.doc             the first bytes of an Office 97 file (.doc)
//   password.pdf             khunkaew-2568.pdf with a password (AES-256), by
//                            qpdf (apt-get install qpdf); without qpdf it is
//                            left as it was
//
// Run: node scripts/make-paste-fixtures.mjs   (Chromium: CHROMIUM_PATH, else
// Playwright's own, else /usr/bin/chromium, as scripts/ensure-chromium.mjs)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

import { chromium } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';

import { REPORT_PDF_OPTIONS, reportPrintHtml } from './report-print.mjs';

const root = new URL('../', import.meta.url);
const dir = new URL('src/domain/fixtures/files/', root);
const table = JSON.parse(
  readFileSync(new URL('khunkaew-2568-cells.json', dir), 'utf8'),
);
const write = (name, data) => writeFileSync(new URL(name, dir), data);
const escape = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const lines = (cell) => cell.split('\n');

// Fixed times in the zips, so the files are made the same each run.
const MTIME = new Date('2025-10-01T00:00:00Z');
const zip = (files) =>
  zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, text]) => [
        name,
        [strToU8(text), { mtime: MTIME }],
      ]),
    ),
  );

function docx() {
  const run = (text) =>
    `<w:r><w:rPr><w:rFonts w:ascii="TH SarabunPSK" w:hAnsi="TH SarabunPSK" w:cs="TH SarabunPSK"/><w:cs/></w:rPr><w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
  const paragraph = (text) =>
    `<w:p><w:pPr><w:jc w:val="left"/></w:pPr>${run(text)}</w:p>`;
  const cell = (text, width) =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${lines(text).map(paragraph).join('')}</w:tc>`;
  const widths = [1900, 2800, 1200, 2500, 1700, 1300, 2500];
  const row = (cells, header) =>
    `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map((c, i) => cell(c, widths[i])).join('')}</w:tr>`;
  const body = [
    ...table.title.map(paragraph),
    '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>',
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    row(table.headers, true),
    ...table.rows.map((cells) => row(cells, false)),
    '</w:tbl>',
    '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>',
  ].join('');
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  });
}

function xlsx() {
  const strings = [];
  const index = new Map();
  const shared = (text) => {
    if (!index.has(text)) {
      index.set(text, strings.length);
      strings.push(text);
    }
    return index.get(text);
  };
  const letters = 'ABCDEFG';
  const sheetRows = [
    ...table.title.map((t) => [t]),
    [],
    table.headers,
    ...table.rows,
  ]
    .map((cells, r) =>
      cells.length === 0
        ? ''
        : `<row r="${r + 1}">${cells
            .map(
              (text, c) =>
                `<c r="${letters[c]}${r + 1}" t="s"><v>${shared(text)}</v></c>`,
            )
            .join('')}</row>`,
    )
    .join('');
  const sst = strings
    .map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`)
    .join('');
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel =
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zip({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="รายงาน" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${ns}"><sheetData>${sheetRows}</sheetData></worksheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${ns}" count="${strings.length}" uniqueCount="${strings.length}">${sst}</sst>`,
  });
}

// Word writes its HTML in lines of about 76 characters, broken at spaces.
const wrapSource = (text) => {
  let width = 0;
  return text.replace(/ /g, (space, at) => {
    width += 1;
    if (at % 70 < 8 && width > 20) {
      width = 0;
      return '\r\n';
    }
    return space;
  });
};

function wordHtml() {
  const span = (text) =>
    `<span lang=TH style='font-size:16.0pt;font-family:"TH SarabunPSK",sans-serif'>${wrapSource(escape(text))}<o:p></o:p></span>`;
  const para = (text) =>
    `<p class=MsoNormal style='mso-margin-top-alt:0cm'>${span(text)}</p>`;
  const cell = (text) =>
    `<td width=120 valign=top style='width:90.0pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>\r\n${lines(text).map(para).join('\r\n')}\r\n</td>`;
  const row = (cells) =>
    `<tr style='mso-yfti-irow:0'>\r\n${cells.map(cell).join('\r\n')}\r\n</tr>`;
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml>
 <o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings>
</xml><![endif]-->
<style>
<!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;mso-style-qformat:yes;margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;mso-bidi-font-family:"Angsana New";}
table.MsoTableGrid {mso-style-name:"Table Grid";mso-tstyle-rowband-size:0;border:solid windowtext 1.0pt;}
-->
</style>
</head>
<body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->
${table.title.map((t) => `<p class=MsoNormal align=center style='text-align:center'><b>${span(t)}</b></p>`).join('\r\n')}
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>
${[table.headers, ...table.rows].map(row).join('\r\n')}
</table>
<!--EndFragment-->
</body>
</html>
`;
}

const PICTURE = `<!doctype html><html><body style="margin:0">
<svg width="600" height="400" viewBox="0 0 600 400"><rect x="20" y="20" width="560" height="360" fill="#eee" stroke="#000"/>
<path d="M60 80h480M60 120h400M60 160h440M60 200h300" stroke="#333" stroke-width="6"/></svg></body></html>`;

function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright's own Chromium is not installed: use the system's.
  }
  return '/usr/bin/chromium';
}

/** The printed report locked with a password: opening it asks for one. */
function encryptPdf() {
  const path = (name) => fileURLToPath(new URL(name, dir));
  try {
    execFileSync('qpdf', [
      '--encrypt',
      'ita2568',
      'ita2568-owner',
      '256',
      '--',
      path('khunkaew-2568.pdf'),
      path('password.pdf'),
    ]);
  } catch (error) {
    console.warn(`password.pdf left as it was (qpdf: ${error.message})`);
  }
}

async function printPdfs() {
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  const tab = await browser.newPage();
  await tab.setContent(reportPrintHtml(table), { waitUntil: 'load' });
  await tab.evaluate(() => document.fonts.ready);
  write('khunkaew-2568.pdf', await tab.pdf(REPORT_PDF_OPTIONS));
  await tab.setContent(PICTURE, { waitUntil: 'load' });
  write('picture-only.pdf', await tab.pdf({ format: 'A4' }));
  await browser.close();
}

write('khunkaew-2568.docx', docx());
write('khunkaew-2568.xlsx', xlsx());
write('khunkaew-2568-word.html', wordHtml());
const ole = new Uint8Array(1536);
ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
write('old-word.doc', ole);
await printPdfs();
encryptPdf();
console.log('fixtures written to src/domain/fixtures/files/');
