/**
 * The report as plain cells: for CSV/XLSX export, and as tab-separated text
 * like a table copied out of Word or Excel. The words around the data (title
 * block, headings, "no update") are passed in already translated.
 */
import { listSteps } from '../methods-style';
import type { Report, ReportRow } from './build-report';
import { REPORT_COLUMNS, type ReportColumn } from './report-columns';

export interface ReportLabels {
  /** The title block, one line each, already worded. */
  title: readonly string[];
  headings: Readonly<Record<ReportColumn, string>>;
  /** Said in the results column of a measure with no update in the round. */
  noUpdate: string;
  /** Said in the units column of a measure of every unit (ทุกส่วนราชการ). */
  allUnits: string;
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

/** rowCells(row, report, labels)[0] === '๑. การป้องกันการทุจริต' */
export function rowCells(
  row: ReportRow,
  report: Report,
  labels: ReportLabels,
): Record<ReportColumn, string> {
  const reported = row.result.kind === 'reported' ? row.result : null;
  const result = [
    reported ? reported.result : labels.noUpdate,
    ...evidenceLinks(row),
  ]
    .filter(Boolean)
    .join('\n');
  return {
    title: `${row.number}. ${row.title}`,
    methods: methodsCell(row, report),
    period: row.period,
    result,
    suggestions: reported?.suggestions ?? '',
    units:
      row.units.kind === 'all' ? labels.allUnits : row.units.names.join(', '),
    outcome: reported?.outcome ?? '',
  };
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
