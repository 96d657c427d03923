/**
 * The report as plain cells: for CSV/XLSX export, and as tab-separated text
 * like a table copied out of Word or Excel. The words around the data (title
 * block, headings, "no update") are passed in already translated.
 */
import { listSteps } from '../methods-style';
import type { IsoDate } from '../types';
import { type Report, type ReportEntry, type ReportRow } from './build-report';
import { REPORT_COLUMNS, type ReportColumn } from './report-columns';

export interface ReportLabels {
  /** The title block, one line each, already worded. */
  title: readonly string[];
  headings: Readonly<Record<ReportColumn, string>>;
  /** Said in the results column of a measure with no update in the round. */
  noUpdate: string;
  /** Said in the units column of a measure of every unit (ทุกส่วนราชการ). */
  allUnits: string;
  /** Labels the problems and obstacles in the results column (ปัญหาและอุปสรรค). */
  problems: string;
  /** Heads an update's text when a cell holds several: 'ณ วันที่ ๑ ธ.ค. ๒๕๖๗'. */
  entryDate: (date: IsoDate) => string;
}

export interface ReportTable {
  title: string[];
  headers: string[];
  rows: string[][];
}

/** One step a line, each with the marker of the measure's list style (๑. / - / none). */
function methodsCell(row: ReportRow, report: Report): string {
  return listSteps(row.methods, row.methodsStyle, report.digits).join('\n');
}

/**
 * The links printed under the result: the update's, then the measure's own
 * (measure.evidence) that the update does not already give, each once.
 */
export function evidenceLinks(row: ReportRow): string[] {
  const update = row.result.kind === 'reported' ? row.result.evidence : [];
  return [...new Set([...update, ...row.evidence])];
}

/**
 * One column's text of the round's updates, oldest first. An update that says
 * nothing in it is left out, and one that repeats the text before it unchanged
 * ("ไม่มี" every time) is kept once, at its later date. A single text is
 * printed as typed; several are each headed by their date, so the round's
 * earlier work stays in order with the latest state last.
 */
function entriesText(
  entries: readonly ReportEntry[],
  text: (entry: ReportEntry) => string,
  labels: ReportLabels,
): string {
  const kept: { date: IsoDate; text: string }[] = [];
  for (const entry of entries) {
    const said = text(entry);
    if (said === '') continue;
    if (kept.at(-1)?.text === said) kept.pop();
    kept.push({ date: entry.date, text: said });
  }
  if (kept.length < 2) return kept[0]?.text ?? '';
  return kept.map((e) => `${labels.entryDate(e.date)}\n${e.text}`).join('\n');
}

/**
 * The results column without its links: what was done, then the problems and
 * obstacles under their label (the official form has no column for them).
 * A one-line text follows the label on its line; more lines start below it.
 */
export function resultText(row: ReportRow, labels: ReportLabels): string {
  if (row.result.kind === 'no-update') return labels.noUpdate;
  const { entries } = row.result;
  const done = entriesText(entries, (e) => e.result, labels);
  const problems = entriesText(entries, (e) => e.problems, labels);
  if (problems === '') return done;
  const lines = problems.includes('\n');
  const block = `${labels.problems}:${lines ? '\n' : ' '}${problems}`;
  return done === '' ? block : `${done}\n${block}`;
}

/**
 * The cells as prefilled from the round's updates, whatever was edited:
 * what "back to the prefilled text" brings back.
 */
export function prefilledCells(
  row: ReportRow,
  report: Report,
  labels: ReportLabels,
): Record<ReportColumn, string> {
  const reported = row.result.kind === 'reported' ? row.result : null;
  const result = [resultText(row, labels), ...evidenceLinks(row)]
    .filter(Boolean)
    .join('\n');
  const entries = reported?.entries ?? [];
  return {
    title: `${row.number}. ${row.title}`,
    methods: methodsCell(row, report),
    period: row.period,
    result,
    suggestions: entriesText(entries, (e) => e.suggestions, labels),
    units:
      row.units.kind === 'all' ? labels.allUnits : row.units.names.join(', '),
    outcome: entriesText(entries, (e) => e.outcome, labels),
  };
}

/**
 * The cells the report prints: each as edited for the printout (the round's
 * report text, report.edits), else as prefilled.
 */
export function rowCells(
  row: ReportRow,
  report: Report,
  labels: ReportLabels,
): Record<ReportColumn, string> {
  const prefilled = prefilledCells(row, report, labels);
  const edited = report.edits?.get(row.measureId);
  return edited ? { ...prefilled, ...edited } : prefilled;
}

/** reportToTable(report, labels).headers[2] === labels.headings.period */
export function reportToTable(
  report: Report,
  labels: ReportLabels,
): ReportTable {
  return {
    title: [...labels.title],
    headers: REPORT_COLUMNS.map((column) => labels.headings[column]),
    rows: report.rows.map((row) => {
      const cells = rowCells(row, report, labels);
      return REPORT_COLUMNS.map((column) => cells[column]);
    }),
  };
}

/**
 * A cell with a tab, line break or quote is quoted, its quotes doubled, as
 * Excel does when it copies cells as text; the paste parser reads it back.
 */
function tsvCell(cell: string): string {
  return /[\t\r\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The title block, a blank line, then the table as tab-separated rows. */
export function reportToText(report: Report, labels: ReportLabels): string {
  const table = reportToTable(report, labels);
  const rows = [table.headers, ...table.rows].map((cells) =>
    cells.map(tsvCell).join('\t'),
  );
  return [...table.title, '', ...rows].join('\n') + '\n';
}
