/**
 * Reads a yearly report pasted as text (from Word, a PDF or Excel) into
 * measures with their results. Pure: what it cannot read becomes an issue that
 * names the line, and every row it can read is still returned.
 */
import { ALL_UNITS_LABEL, PROBLEMS_LABEL } from '../report/report-columns';
import { finishMeasure } from './finish-measure';
import { readHeader } from './headings';
import type { ParseOptions } from './parse-options';
import { squash } from './read-cells';
import { closingIssues, readDataRow, readHeaderRow } from './read-table-row';
import { readFiscalYear, readOfficeName, readRound } from './read-title-block';
import { splitRows, type TextRow } from './split-rows';
import { newReading } from './table-reading';
import type { ParseResult } from './types';

/** parseReportText(khunkaewReport).measures.length === 11 */
export function parseReportText(
  text: string,
  options: ParseOptions = {},
): ParseResult {
  return parseReportRows(splitRows(text), options);
}

/**
 * The one reading of a report's table, whatever it came from: pasted text
 * (split at tabs), a pasted HTML table, a .docx, .xlsx or PDF file all give
 * rows of cells (a cell's paragraphs as line breaks) and are read here alike.
 */
export function parseReportRows(
  rows: readonly TextRow[],
  options: ParseOptions = {},
): ParseResult {
  const reading = newReading(options);
  for (const row of rows) {
    if (row.cells.every((cell) => squash(cell) === '')) continue;
    const header = readHeader(row.cells, reading.known);
    if (header) readHeaderRow(reading, header, row);
    else if (reading.columns) readDataRow(reading, reading.columns, row);
    else if (row.cells.length > 1) reading.rowsBeforeHeader.push(row);
    else reading.titleBlock.push(row.cells.join(' '));
  }

  const fiscalYear = readFiscalYear(reading.titleBlock);
  const words = {
    allUnits: [ALL_UNITS_LABEL, ...(options.allUnitsWords ?? [])],
    noUpdate: options.noUpdateWords ?? [],
    problems: [PROBLEMS_LABEL, ...(options.problemsWords ?? [])],
  };
  const issues = [...reading.issues, ...closingIssues(reading)];
  const measures = reading.drafts.map((draft, index) => {
    const finished = finishMeasure(draft, fiscalYear, words);
    issues.push(...finished.issues.map((i) => ({ ...i, measure: index })));
    const printedBreaks = reading.breaks.get(draft);
    return printedBreaks
      ? { ...finished.measure, printedBreaks }
      : finished.measure;
  });
  issues.sort((a, b) => a.line - b.line);
  return {
    fiscalYear,
    round: readRound(reading.titleBlock),
    officeName: readOfficeName(reading.titleBlock),
    measures,
    issues,
    unknownColumns: [...reading.unknown.values()],
    headerColumns: [...reading.headerColumns],
  };
}
