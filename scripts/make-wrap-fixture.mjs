#!/usr/bin/env node
// Makes src/domain/fixtures/khunkaew-2568-pdf-lines.json: the example
// report's cells (khunkaew-2568-printed-cells.json, the app's own report
// cells, kept equal to them by a unit test) printed by Chromium at the
// widths of the app's printed report, and read back through pdf.js as a PDF
// reader sees them: for each cell its printed lines, the text of each and how
// much of the column's width it took. The wrap-space proposal is measured on
// it (src/domain/paste/printed-wrap-spaces.test.ts). The PDF is kept beside
// it (khunkaew-2568-cells.pdf) for readers of PDFs to test on.
//
// Run: node scripts/make-wrap-fixture.mjs   (Chromium: CHROMIUM_PATH, else
// Playwright's own, else /usr/bin/chromium, as scripts/ensure-chromium.mjs)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';

import { chromium } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const root = new URL('../', import.meta.url);
const fixtures = new URL('src/domain/fixtures/', root);
// The app's font, inlined: a page set from a string may not load files.
const fontUrl = (subset) =>
  `data:font/woff2;base64,${readFileSync(
    new URL(
      `node_modules/@fontsource/sarabun/files/sarabun-${subset}-400-normal.woff2`,
      root,
    ),
  ).toString('base64')}`;

// The printed report (features/report/report.css): an A4 landscape sheet
// 277 mm wide, the columns' shares of it, cells padded 0.4rem each side,
// 10.5pt type at a line height of 1.45.
const SHEET_MM = 277;
const PADDING_MM = (2 * 0.4 * 16 * 25.4) / 96;
const SHARES = {
  title: 14,
  methods: 20,
  period: 9,
  result: 18,
  suggestions: 12,
  units: 9,
  outcome: 18,
};
const MM_TO_PT = 72 / 25.4;
const LEFT_MARGIN_MM = 10;

const widthMm = (column) => (SHEET_MM * SHARES[column]) / 100 - PADDING_MM;

const escape = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function html(rows) {
  const blocks = rows.flatMap((row, r) =>
    Object.keys(SHARES).map(
      (column) =>
        `<p class="mark">§${r}.${column}</p>` +
        `<div class="cell" style="width:${widthMm(column)}mm">${escape(row[column])}</div>`,
    ),
  );
  return `<!doctype html><html lang="th"><meta charset="utf-8"><style>
@font-face { font-family: Sarabun; src: url("${fontUrl('thai')}") format("woff2"); unicode-range: U+0E00-0E7F; }
@font-face { font-family: Sarabun; src: url("${fontUrl('latin')}") format("woff2"); }
@page { size: A4 landscape; margin: 12mm ${LEFT_MARGIN_MM}mm; }
body { margin: 0; font-family: Sarabun; font-size: 10.5pt; line-height: 1.45; }
.cell { white-space: pre-line; overflow-wrap: anywhere; break-inside: avoid; }
.mark { margin: 0.5em 0 0; font-size: 6pt; }
</style><body>${blocks.join('\n')}</body></html>`;
}

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

async function printPdf(page) {
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  const tab = await browser.newPage();
  await tab.setContent(page, { waitUntil: 'load' });
  await tab.evaluate(() => document.fonts.ready);
  const pdf = await tab.pdf({ preferCSSPageSize: true });
  await browser.close();
  return pdf;
}

/** The PDF's text lines in reading order: items of a page at one height. */
async function readLines(pdf) {
  const document = await getDocument({
    data: new Uint8Array(pdf),
    disableFontFace: true,
    isEvalSupported: false,
  }).promise;
  const lines = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const { items } = await page.getTextContent();
    const byHeight = new Map();
    for (const item of items) {
      if (!('str' in item) || item.str === '') continue;
      const y = Math.round(item.transform[5] * 2) / 2;
      byHeight.set(y, [...(byHeight.get(y) ?? []), item]);
    }
    for (const y of [...byHeight.keys()].sort((a, b) => b - a)) {
      const parts = byHeight
        .get(y)
        .sort((a, b) => a.transform[4] - b.transform[4]);
      const end = Math.max(...parts.map((p) => p.transform[4] + p.width));
      lines.push({ text: parts.map((p) => p.str).join(''), end });
    }
  }
  await document.destroy();
  return lines;
}

const rows = JSON.parse(
  readFileSync(new URL('khunkaew-2568-printed-cells.json', fixtures), 'utf8'),
);
const pdf = await printPdf(html(rows));
writeFileSync(new URL('khunkaew-2568-cells.pdf', fixtures), pdf);

const cells = [];
const left = LEFT_MARGIN_MM * MM_TO_PT;
for (const line of await readLines(pdf)) {
  const mark = /^§(\d+)\.(\w+)$/.exec(line.text.trim());
  if (mark) {
    cells.push({ row: Number(mark[1]), column: mark[2], lines: [] });
    continue;
  }
  const cell = cells.at(-1);
  const width = widthMm(cell.column) * MM_TO_PT;
  const fill = Math.round(((line.end - left) / width) * 1000) / 1000;
  cell.lines.push({ text: line.text, fill });
}
const out = { made: 'scripts/make-wrap-fixture.mjs', cells };
writeFileSync(
  new URL('khunkaew-2568-pdf-lines.json', fixtures),
  `${JSON.stringify(out, null, 1)}\n`,
);
console.log(`${cells.length} cells, ${pdf.length} bytes of PDF`);
