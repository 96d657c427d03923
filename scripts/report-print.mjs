// The report's table as HTML for Chromium to print, as the app's report
// prints it (A4 landscape, its column shares, Sarabun 10.5pt): the paste
// fixtures' PDF (make-paste-fixtures.mjs) and the benchmark's 30-page PDF
// (bench/runner/paste-pdf-row.ts) are printed from it.
import { readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);

const escape = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const fontUrl = (subset) =>
  `data:font/woff2;base64,${readFileSync(
    new URL(
      `node_modules/@fontsource/sarabun/files/sarabun-${subset}-400-normal.woff2`,
      root,
    ),
  ).toString('base64')}`;

// The printed report's column shares (features/report/report.css).
const SHARES = [14, 20, 9, 18, 12, 9, 18];

/**
 * `table`: { title: string[], headers: string[], rows: string[][] }, a
 * cell's lines separated by "\n". `ccmp` is off: with it, Chromium's text
 * layer loses the shifted Thai tone marks (see the fixtures' README).
 */
export function reportPrintHtml(table) {
  const cells = (row, tag) =>
    row
      .map((c) => `<${tag}>${escape(c).replace(/\n/g, '<br>')}</${tag}>`)
      .join('');
  return `<!doctype html><html lang="th"><meta charset="utf-8"><title>ITA</title><style>
@font-face { font-family: Sarabun; src: url("${fontUrl('thai')}") format("woff2"); unicode-range: U+0E00-0E7F; }
@font-face { font-family: Sarabun; src: url("${fontUrl('latin')}") format("woff2"); }
body { margin: 0; font-family: Sarabun; font-size: 10.5pt; line-height: 1.45; font-feature-settings: "ccmp" 0; }
h1 { font-size: 12pt; text-align: center; margin: 0 0 0.3em; font-weight: normal; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.5pt solid #000; padding: 0.4rem; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { text-align: center; font-weight: normal; }
</style><body>
${table.title.map((t) => `<h1>${escape(t)}</h1>`).join('\n')}
<table><colgroup>${SHARES.map((s) => `<col style="width:${s}%">`).join('')}</colgroup>
<thead><tr>${cells(table.headers, 'th')}</tr></thead>
<tbody>${table.rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('\n')}</tbody></table>
</body></html>`;
}

/** Playwright's `page.pdf` options: the header row repeats, Chromium adds a running header and page numbers. */
export const REPORT_PDF_OPTIONS = {
  format: 'A4',
  landscape: true,
  margin: { top: '14mm', bottom: '14mm', left: '10mm', right: '10mm' },
  displayHeaderFooter: true,
  headerTemplate:
    '<div style="font-size:8pt;width:100%;text-align:right;padding-right:10mm">ITA 2568 Khun Kaew</div>',
  footerTemplate:
    '<div style="font-size:8pt;width:100%;text-align:center"><span class="pageNumber"></span>/<span class="totalPages"></span></div>',
};
