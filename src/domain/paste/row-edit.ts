/**
 * A parsed measure as the person corrects it in the preview: every cell a
 * text, and the wrap spaces they accepted. Nothing is written until they
 * confirm; `editedMeasure` is what the import then reads.
 */
import { ALL_UNITS_LABEL } from '../report/report-columns';
import type { Period } from '../types';
import {
  acceptAllWraps,
  cleanable,
  cleaned,
  pendingWraps,
  toggleWrap,
  wrapMarks,
  type CleanableText,
} from './cell-cleanup';
import type { PasteColumn } from './headings';
import type { PrintedBreak } from './printed-breaks';
import { collapse, readUnits } from './read-cells';
import { readPeriodChecked, type PeriodReading } from './read-period';
import type { ParsedMeasure } from './types';

/** The cells where PDF wrap spaces are proposed for removal. */
export const CLEANABLE_CELLS = [
  'title',
  'methods',
  'result',
  'suggestions',
  'outcome',
  'problems',
  // A unit's name wraps in a narrow PDF column too ("สำนักปลัด เทศบาล"),
  // and a unit the office lacks is added by its name as read.
  'units',
] as const;
export type CleanableCell = (typeof CLEANABLE_CELLS)[number];

export type RowEdit = Record<CleanableCell, CleanableText> & {
  periodText: string;
  /** One link per line. */
  links: string;
};

/**
 * A PDF's breaks of the columns a cell is read from: the app prints the
 * problems in the result column, so they have the result's too.
 */
function breaksOf(
  parsed: ParsedMeasure,
  ...columns: PasteColumn[]
): PrintedBreak[] | undefined {
  return parsed.printedBreaks?.filter(
    (found) => found.column && columns.includes(found.column),
  );
}

/** The edit a row starts with: the cells as read. */
export function initialEdit(parsed: ParsedMeasure): RowEdit {
  return {
    title: cleanable(parsed.title, breaksOf(parsed, 'title')),
    methods: cleanable(parsed.methods.join('\n'), breaksOf(parsed, 'methods')),
    periodText: parsed.periodText,
    units: cleanable(
      parsed.allUnits ? ALL_UNITS_LABEL : parsed.unitNames.join('\n'),
      breaksOf(parsed, 'units'),
    ),
    result: cleanable(parsed.result, breaksOf(parsed, 'result')),
    suggestions: cleanable(parsed.suggestions, breaksOf(parsed, 'suggestions')),
    outcome: cleanable(parsed.outcome, breaksOf(parsed, 'outcome')),
    problems: cleanable(
      parsed.problems,
      breaksOf(parsed, 'problems', 'result'),
    ),
    links: parsed.evidence.join('\n'),
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A multi-line cell as imported: each line's spaces tidied, empty lines dropped. */
const block = (cell: CleanableText) =>
  lines(cleaned(cell))
    .map((line) => line.replace(/[ \t]+/g, ' '))
    .join('\n');

/** The edited period read again; a period without years takes `fiscalYear`'s. */
export function editedPeriod(
  edit: RowEdit,
  fiscalYear: number | null,
): PeriodReading | null {
  const text = collapse(edit.periodText);
  return text === '' ? null : readPeriodChecked(text, fiscalYear);
}

/** The measure as edited, its period the one given (read by `editedPeriod`). */
export function editedMeasure(
  parsed: ParsedMeasure,
  edit: RowEdit,
  period: Period | null,
  allUnitsWords: readonly string[],
): ParsedMeasure {
  const units = readUnits(cleaned(edit.units), [
    ALL_UNITS_LABEL,
    ...allUnitsWords,
  ]);
  return {
    ...parsed,
    title: collapse(cleaned(edit.title)),
    methods: lines(block(edit.methods)),
    period,
    periodText: collapse(edit.periodText),
    allUnits: units.allUnits,
    unitNames: units.names,
    result: block(edit.result),
    suggestions: block(edit.suggestions),
    outcome: block(edit.outcome),
    problems: block(edit.problems),
    evidence: [...new Set(lines(edit.links))],
  };
}

/** How many wrap spaces all rows still propose, and how many were accepted. */
export function cleanupCounts(edits: readonly RowEdit[]): {
  pending: number;
  accepted: number;
} {
  let pending = 0;
  let accepted = 0;
  for (const edit of edits) {
    for (const cell of CLEANABLE_CELLS) {
      const waiting = pendingWraps(edit[cell]);
      pending += waiting;
      accepted += wrapMarks(edit[cell]).length - waiting;
    }
  }
  return { pending, accepted };
}

/** Every row with every proposal accepted: "accept clean-up". */
export function acceptAllRows(edits: readonly RowEdit[]): RowEdit[] {
  return edits.map((edit) => {
    const next = { ...edit };
    for (const cell of CLEANABLE_CELLS) next[cell] = acceptAllWraps(edit[cell]);
    return next;
  });
}

/** The rows with one proposal of one cell accepted, or kept again. */
export function toggleRowWrap(
  edits: readonly RowEdit[],
  index: number,
  cell: CleanableCell,
  at: number,
): RowEdit[] {
  return edits.map((edit, i) =>
    i === index ? { ...edit, [cell]: toggleWrap(edit[cell], at) } : edit,
  );
}
