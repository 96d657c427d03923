/**
 * Reads a yearly report pasted as text (from Word, a PDF or Excel) into
 * measures with their results. Pure: what it cannot read becomes an issue that
 * names the line, and every row it can read is still returned.
 */
import { toArabicDigits } from '../digits';
import { ALL_UNITS_LABEL, PROBLEMS_LABEL } from '../report/report-columns';
import {
  mappedHeadings,
  noteHeading,
  noteValues,
  unknownCells,
  type ColumnMapping,
  type UnknownCell,
  type UnknownColumn,
} from './column-mapping';
import { finishMeasure } from './finish-measure';
import {
  extraHeadings,
  readHeader,
  REQUIRED_COLUMNS,
  type ColumnMap,
  type ExtraHeadings,
  type PasteColumn,
} from './headings';
import { issue, quote } from './issue';
import {
  addPart,
  continuedMeasure,
  isOrphan,
  newDraft,
  type MeasureDraft,
} from './measure-drafts';
import type { PrintedBreak } from './printed-breaks';
import { collapse, readTitle, squash } from './read-cells';
import { readFiscalYear, readOfficeName, readRound } from './read-title-block';
import { splitRows, type TextRow } from './split-rows';
import type { ParseIssue, ParseResult } from './types';

export interface ParseOptions {
  /** The app's own words for the headings in each language, so its exports read back. */
  headings?: Partial<Record<PasteColumn, readonly string[]>>;
  /** The app's own words for ทุกส่วนราชการ in each language. */
  allUnitsWords?: readonly string[];
  /** What the app's report says for "no update in this round", in each language. */
  noUpdateWords?: readonly string[];
  /** The app's label of problems and obstacles in the results column, in each language. */
  problemsWords?: readonly string[];
  /** What the person said the columns of unknown headings are (column-mapping.ts). */
  columnMapping?: ColumnMapping;
}

/** What reading the rows so far has found. */
interface Reading {
  /** The app's own headings: a heading outside them and the built-in ones is unknown. */
  extra: ExtraHeadings;
  /** The app's headings and the person's mapping: what headers are read with. */
  known: ExtraHeadings;
  unknown: Map<string, UnknownColumn>;
  /** The current header's unknown cells, whose values are noted. */
  unknownCells: UnknownCell[];
  headerColumns: Set<PasteColumn>;
  columns: ColumnMap | null;
  /** The last header's columns, so a header repeated at a page break is not re-checked. */
  headerKey: string;
  firstHeaderLine: number;
  titleBlock: string[];
  rowsBeforeHeader: TextRow[];
  drafts: MeasureDraft[];
  /** A PDF's printed line breaks, by the measure whose rows they came in. */
  breaks: Map<MeasureDraft, PrintedBreak[]>;
  issues: ParseIssue[];
}

function readHeaderRow(reading: Reading, columns: ColumnMap, row: TextRow) {
  const line = row.line;
  reading.unknownCells = unknownCells(row.cells, reading.extra);
  noteHeading(reading.unknown, row.cells, reading.unknownCells);
  for (const column of columns.keys()) reading.headerColumns.add(column);
  const key = [...columns].sort().join();
  if (key !== reading.headerKey) {
    for (const column of REQUIRED_COLUMNS.filter((c) => !columns.has(c))) {
      reading.issues.push(
        column === 'title'
          ? issue(line, 'noTitleColumn', { column })
          : issue(line, 'missingColumn', { column }, 'warning'),
      );
    }
  }
  reading.columns = columns;
  reading.headerKey = key;
  if (reading.firstHeaderLine === 0) reading.firstHeaderLine = line;
}

function readDataRow(reading: Reading, columns: ColumnMap, row: TextRow) {
  const { issues, drafts } = reading;
  noteValues(reading.unknown, row.cells, reading.unknownCells);
  const at = (column: PasteColumn) =>
    row.cells[columns.get(column) ?? -1] ?? '';
  if (row.cells.length === 1 && columns.size > 1) {
    const params = { text: quote(row.cells.join(' ')) };
    issues.push(issue(row.line, 'notTableRow', params, 'warning'));
    return;
  }
  const width = Math.max(...columns.values()) + 1;
  const beyond = row.cells.slice(width).filter((cell) => squash(cell) !== '');
  if (beyond.length > 0) {
    const params = { count: beyond.length, text: quote(beyond.join(' ')) };
    issues.push(issue(row.line, 'extraCells', params, 'warning'));
  }
  if (!columns.has('title')) return; // said once, at the header
  const title = readTitle(at('title'));
  const printed = Number(toArabicDigits(collapse(at('number'))));
  if (title.number === null && Number.isInteger(printed) && printed > 0) {
    title.number = printed;
  }
  if (isOrphan(drafts, title)) {
    const params = { text: quote(row.cells.join(' ')) };
    issues.push(issue(row.line, 'orphanRow', params));
    return;
  }
  let draft = continuedMeasure(drafts, title);
  if (!draft) drafts.push((draft = newDraft(row.line, title)));
  if (row.breaks) {
    const breaks = reading.breaks.get(draft) ?? [];
    const columnOf = new Map([...columns].map(([name, i]) => [i, name]));
    for (const found of row.breaks) {
      const column = columnOf.get(found.cell ?? -1);
      if (column) breaks.push({ ...found, column });
    }
    reading.breaks.set(draft, breaks);
  }
  for (const column of columns.keys()) {
    if (column !== 'title' && column !== 'number') {
      addPart(draft, column, at(column));
    }
  }
}

/** The issues only the whole text can tell: no header at all, rows above it, no rows. */
function closingIssues(reading: Reading): ParseIssue[] {
  const { rowsBeforeHeader } = reading;
  if (!reading.columns) {
    return [issue(rowsBeforeHeader[0]?.line ?? 1, 'noHeader')];
  }
  const issues = rowsBeforeHeader.map((row) =>
    issue(row.line, 'rowBeforeHeader', { text: quote(row.cells.join(' ')) }),
  );
  if (reading.drafts.length === 0) {
    issues.push(issue(reading.firstHeaderLine, 'noRows'));
  }
  return issues;
}

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
  const extra = extraHeadings(options.headings ?? {});
  const reading: Reading = {
    extra,
    known: new Map([...extra, ...mappedHeadings(options.columnMapping)]),
    unknown: new Map(),
    unknownCells: [],
    headerColumns: new Set(),
    columns: null,
    headerKey: '',
    firstHeaderLine: 0,
    titleBlock: [],
    rowsBeforeHeader: [],
    drafts: [],
    breaks: new Map(),
    issues: [],
  };
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
