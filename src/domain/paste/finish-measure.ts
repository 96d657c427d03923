/** Turning a measure's gathered cells into a parsed measure, with what could not be read. */
import type { MeasureDraft } from './measure-drafts';
import { joined } from './measure-drafts';
import {
  collapse,
  readLines,
  readMethodList,
  readUnits,
  squash,
  stripStrayTags,
  takeLinks,
} from './read-cells';
import { readPeriod } from './read-period';
import type { ParsedMeasure, ParseIssue } from './types';

export interface MeasureWords {
  /** Cells that mean ทุกส่วนราชการ. */
  allUnits: readonly string[];
  /** Result cells that mean "no update in this round". */
  noUpdate: readonly string[];
}

function uniqueBySquash(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = squash(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The result and its links; "no update in this round" is no result, though the measure's links may follow it. */
function readResult(draft: MeasureDraft, words: MeasureWords) {
  const read = takeLinks(readLines(joined(draft, 'result')));
  const key = squash(read.text);
  if (words.noUpdate.some((word) => squash(word) === key)) {
    return { text: '', links: read.links };
  }
  return read;
}

/** finishMeasure(draft, 2568, words).measure.period → the period read with FY2568 for missing years */
export function finishMeasure(
  draft: MeasureDraft,
  fiscalYear: number | null,
  words: MeasureWords,
): { measure: ParsedMeasure; issues: Omit<ParseIssue, 'measure'>[] } {
  const issues: Omit<ParseIssue, 'measure'>[] = [];
  const periods = draft.parts.get('period') ?? [];
  const periodText = collapse(stripStrayTags(periods[0] ?? ''));
  const period = periodText === '' ? null : readPeriod(periodText, fiscalYear);
  const line = draft.line;
  if (periods.length > 1) {
    const params = {
      text: collapse(stripStrayTags(periods[1] ?? '')),
      first: periodText,
    };
    issues.push({ line, severity: 'warning', key: 'periodDiffers', params });
  }
  if (periodText !== '' && !period) {
    const params = { text: periodText };
    issues.push({ line, severity: 'error', key: 'unreadablePeriod', params });
  }
  if (periodText === '' && draft.columns.has('period')) {
    issues.push({ line, severity: 'error', key: 'missingPeriod', params: {} });
  }
  const units = readUnits(joined(draft, 'units'), words.allUnits);
  const result = readResult(draft, words);
  const methods = readMethodList(joined(draft, 'methods'));
  const measure: ParsedMeasure = {
    line,
    number: draft.number,
    title: draft.title,
    methods: methods.steps,
    ...(methods.style ? { methodsStyle: methods.style } : {}),
    period,
    periodText,
    allUnits: units.allUnits,
    unitNames: uniqueBySquash(units.names),
    result: result.text,
    suggestions: readLines(joined(draft, 'suggestions')),
    outcome: readLines(joined(draft, 'outcome')),
    problems: readLines(joined(draft, 'problems')),
    evidence: [...new Set(result.links)],
  };
  return { measure, issues };
}
