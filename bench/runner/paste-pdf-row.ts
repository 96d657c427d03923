/**
 * A 30-page PDF read on the paste page: the report's table (the paste
 * fixtures' 11 measures, repeated and renumbered) printed by Chromium as the
 * fixtures' PDF is, opened with the page's file input, timed from the
 * input's change to the preview saying how many measures it found, with
 * every measure's row drawn (the preview draws a long report in slices). That is
 * the app's own path: pdf.js in its worker, the table rebuilt from the text
 * runs, the parser, the preview drawn. The longest main-thread task of the
 * reading is noted: the page must not freeze while it reads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { BrowserContext } from '@playwright/test';

import {
  REPORT_PDF_OPTIONS,
  reportPrintHtml,
} from '../../scripts/report-print.mjs';
import type { ScaleName } from '../shared/scales';
import { freshPage } from './browser';
import { ROOT } from './paths';
import { makeRow, type Row } from './row';
import { stats } from './stats';
import { threadKey, traced } from './trace';

const PAGES = 30;
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const thai = (n: number) =>
  String(n).replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)] ?? d);

export interface Table {
  title: string[];
  headers: string[];
  rows: string[][];
}

/** The fixture's rows `copies` times, each measure numbered on ("๑๒. …") as a long report numbers them. */
export function repeated(table: Table, copies: number): Table {
  const rows: string[][] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const row of table.rows) {
      const number = rows.length + 1;
      const [title = '', ...rest] = row;
      rows.push([title.replace(/^[๐-๙0-9]+\./, `${thai(number)}.`), ...rest]);
    }
  }
  return { ...table, rows };
}

const pageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;

/** Prints copies of the table until the PDF has at least PAGES pages. */
async function printedReport(context: BrowserContext) {
  const table = JSON.parse(
    readFileSync(
      join(ROOT, 'src/domain/fixtures/files/khunkaew-2568-cells.json'),
      'utf8',
    ),
  ) as Table;
  const page = await context.newPage();
  try {
    for (let copies = 5; ; copies++) {
      const report = repeated(table, copies);
      await page.setContent(reportPrintHtml(report), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const pdf = await page.pdf(REPORT_PDF_OPTIONS);
      const pages = pageCount(pdf);
      if (pages >= PAGES) return { pdf, pages, measures: report.rows.length };
    }
  } finally {
    await page.close();
  }
}

async function readOnce(
  context: BrowserContext,
  url: string,
  pdf: Buffer,
  measures: number,
): Promise<{ ms: number; longestTask: number }> {
  const page = await freshPage(context);
  try {
    await page.goto(`${url}/import/paste`);
    const input = page.getByLabel(/^เปิดไฟล์รายงาน/);
    await input.waitFor({ state: 'attached' });
    await page.evaluate(() => {
      document.addEventListener(
        'change',
        () => {
          (window as { readStart?: number }).readStart = performance.now();
        },
        { capture: true, once: true },
      );
    });
    const {
      result: ms,
      events,
      threads,
    } = await traced(page, ['toplevel'], async () => {
      await input.setInputFiles({
        name: 'รายงาน 30 หน้า.pdf',
        mimeType: 'application/pdf',
        buffer: pdf,
      });
      const found = await page.waitForFunction(
        ({ texts, count }) => {
          const start = (window as { readStart?: number }).readStart;
          // Said, and every measure's row drawn: the preview draws a long
          // report's rows in slices after its first ones.
          const done =
            [...document.querySelectorAll('[role="status"]')].some((status) =>
              texts.includes(status.textContent ?? ''),
            ) &&
            document.querySelectorAll('table.paste-preview tbody tr').length ===
              count;
          return done && start !== undefined
            ? performance.now() - start
            : false;
        },
        // In either digits, as the device's setting shows them.
        {
          texts: [`พบ ${measures} มาตรการ`, `พบ ${thai(measures)} มาตรการ`],
          count: measures,
        },
        { timeout: 120_000 },
      );
      return (await found.jsonValue()) as number;
    });
    let longestTask = 0;
    for (const e of events) {
      if (e.ph !== 'X' || !TASK_EVENTS.has(e.name)) continue;
      if (threads.get(threadKey(e)) !== 'CrRendererMain') continue;
      longestTask = Math.max(longestTask, (e.dur ?? 0) / 1000);
    }
    return { ms, longestTask };
  } finally {
    await page.close();
  }
}

export async function pastePdfRow(
  context: BrowserContext,
  url: string,
  scale: ScaleName,
  runs: number,
): Promise<Row> {
  const { pdf, pages, measures } = await printedReport(context);
  const times: number[] = [];
  const tasks: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { ms, longestTask } = await readOnce(context, url, pdf, measures);
    times.push(ms);
    tasks.push(longestTask);
  }
  return makeRow({
    scale,
    figure: `a ${pages}-page PDF read on the paste page (file chosen until its measures are shown)`,
    unit: 'ms',
    app: times,
    // "A 30-page PDF reads in seconds" (issue 14): at most ten.
    target: { kind: 'value', max: 10_000 },
    note: `${measures} measures, ${(pdf.length / 1024).toFixed(0)} KB; longest main-thread task ${stats(tasks).median.toFixed(0)} ms (median of the runs)`,
  });
}
