/**
 * What reading a report's rows has found so far: the header's columns, the
 * title block above it, the measures being gathered, a PDF's printed breaks
 * and the issues. `read-table-row.ts` reads each row into it.
 */
import {
  mappedHeadings,
  type UnknownCell,
  type UnknownColumn,
} from './column-mapping';
import {
  extraHeadings,
  type ColumnMap,
  type ExtraHeadings,
  type PasteColumn,
} from './headings';
import type { MeasureDraft } from './measure-drafts';
import type { ParseOptions } from './parse-options';
import type { PrintedBreak } from './printed-breaks';
import type { TextRow } from './split-rows';
import type { ParseIssue } from './types';

/** What reading the rows so far has found. */
export interface Reading {
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

/** Nothing read yet: the headings known are the app's own and the person's mapping. */
export function newReading(options: ParseOptions): Reading {
  const extra = extraHeadings(options.headings ?? {});
  return {
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
}
