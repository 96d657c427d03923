/** What the paste parser gives back: measures read from a report, and what it could not read. */
import type { MethodsStyle, Period, Round } from '../types';
import type { UnknownColumn } from './column-mapping';
import type { PasteColumn } from './headings';
import type { PrintedBreak } from './printed-breaks';

/** One measure of a pasted report, its continuation rows (ต่อ) joined in. */
export interface ParsedMeasure {
  /** Line of the pasted text where the measure starts (from 1). */
  line: number;
  /** The measure's number as printed (๑. → 1); null when unnumbered. */
  number: number | null;
  title: string;
  methods: string[];
  /** How the cell listed the steps (๑. ๒. / - / plain); unset when it has none. */
  methodsStyle?: MethodsStyle;
  /** null when the period cell could not be read: see `periodText`. */
  period: Period | null;
  /** The period cell as written, so a person can correct it. */
  periodText: string;
  allUnits: boolean;
  /** Unit names as written (spaces collapsed), matched to the office's units later. */
  unitNames: string[];
  /** The results columns; all empty means the report gives no result. */
  result: string;
  suggestions: string;
  outcome: string;
  problems: string;
  /** Links found in the result cell: the result's evidence. */
  evidence: string[];
  /** From a PDF: where its cells' printed lines broke, for the wrap-space proposal; empty from typed files (no space is a wrap). */
  printedBreaks?: PrintedBreak[];
}

/** A message key under `paste.issues.` in the i18n resources. */
export type ParseIssueKey =
  | 'noHeader'
  | 'noRows'
  | 'missingColumn'
  | 'noTitleColumn'
  | 'rowBeforeHeader'
  | 'orphanRow'
  | 'notTableRow'
  | 'extraCells'
  | 'unreadablePeriod'
  | 'quarterOutOfRange'
  | 'periodEndsBeforeStart'
  | 'missingPeriod'
  | 'periodDiffers';

export interface ParseIssue {
  /** Line of the pasted text the issue is about (from 1). */
  line: number;
  /** 'error': something is left out or needs a choice; 'warning': read, but check it. */
  severity: 'error' | 'warning';
  key: ParseIssueKey;
  /** Message parameters; `column` is a ReportColumn key, `text` a quote from the paste. */
  params: Record<string, string | number>;
  /** Index in `measures` of the measure the issue belongs to, if any. */
  measure?: number;
}

export interface ParseResult {
  /** From the title block ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"), when there is one. */
  fiscalYear: number | null;
  /** From the title block ("รอบ ๖ เดือน"), when it says. */
  round: Round | null;
  /** The office the title block names ("เทศบาลตำบลขุนแก้ว"), when it names one. */
  officeName: string | null;
  measures: ParsedMeasure[];
  issues: ParseIssue[];
  /** Columns whose heading is not known: the person maps or ignores each (column-mapping.ts). */
  unknownColumns: UnknownColumn[];
  /** The fields the header rows have, mapped ones included, in the order met. */
  headerColumns: PasteColumn[];
}
