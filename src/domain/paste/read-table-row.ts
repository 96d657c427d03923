/**
 * One row of a report's table read into the reading so far: a header row
 * sets the columns (and says once which are missing), a data row starts a
 * measure or continues one; and what only the whole table can tell.
 */
import { toArabicDigits } from '../digits';
import { noteHeading, noteValues, unknownCells } from './column-mapping';
import { REQUIRED_COLUMNS, type ColumnMap, type PasteColumn } from './headings';
import { issue, quote } from './issue';
import {
  addPart,
  continuedMeasure,
  isOrphan,
  newDraft,
} from './measure-drafts';
import { collapse, readTitle, squash } from './read-cells';
import type { TextRow } from './split-rows';
import type { Reading } from './table-reading';
import type { ParseIssue } from './types';

/** A header row: its columns are the table's from here on (a header repeated on each page changes nothing). */
export function readHeaderRow(
  reading: Reading,
  columns: ColumnMap,
  row: TextRow,
) {
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

/** A row under the header: a new measure, or more of the one it continues. */
export function readDataRow(
  reading: Reading,
  columns: ColumnMap,
  row: TextRow,
) {
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
export function closingIssues(reading: Reading): ParseIssue[] {
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
