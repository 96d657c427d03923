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
import { readPeriodChecked } from './read-period';
import type { ParsedMeasure, ParseIssue } from './types';

export interface MeasureWords {
  /** Cells that mean ทุกส่วนราชการ. */
  allUnits: readonly string[];
  /** Result cells that mean "no update in this round". */
  noUpdate: readonly string[];
  /** Labels of problems and obstacles inside the result cell (ปัญหาและอุปสรรค:). */
  problems: readonly string[];
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

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The app prints an update's problems in the result cell, after what was
 * done, under a label and a colon (report-text.ts): from the first line that
 * opens with it to the cell's end is problems; the words inside a sentence,
 * or without the colon, are not the label.
 */
function splitProblems(
  cell: string,
  labels: readonly string[],
): { done: string; problems: string } {
  const lines = stripStrayTags(cell).split('\n');
  const label = new RegExp(`^\\s*(?:${labels.map(escaped).join('|')})\\s*:`);
  const at = lines.findIndex((line) => label.test(line));
  if (at < 0) return { done: cell, problems: '' };
  const rest = (lines[at] ?? '').replace(label, '');
  return {
    done: lines.slice(0, at).join('\n'),
    problems: [rest, ...lines.slice(at + 1)].join('\n'),
  };
}

/**
 * The result, its problems and its links; "no update in this round" is no
 * result, though the measure's links may follow it.
 */
function readResult(draft: MeasureDraft, words: MeasureWords) {
  const { done, problems } = splitProblems(
    joined(draft, 'result'),
    words.problems,
  );
  const result = takeLinks(readLines(done));
  const listed = takeLinks(readLines(problems));
  const links = [...result.links, ...listed.links];
  const key = squash(result.text);
  if (words.noUpdate.some((word) => squash(word) === key)) {
    return { text: '', problems: '', links };
  }
  return { text: result.text, problems: listed.text, links };
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
  const reading =
    periodText === '' ? null : readPeriodChecked(periodText, fiscalYear);
  const period = reading && 'period' in reading ? reading.period : null;
  const line = draft.line;
  if (periods.length > 1) {
    const params = {
      text: collapse(stripStrayTags(periods[1] ?? '')),
      first: periodText,
    };
    issues.push({ line, severity: 'warning', key: 'periodDiffers', params });
  }
  if (reading && 'problem' in reading) {
    const params = { text: periodText };
    issues.push({ line, severity: 'error', key: reading.problem, params });
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
    // A problems column (some offices' forms have one) and the app's label.
    problems: [readLines(joined(draft, 'problems')), result.problems]
      .filter(Boolean)
      .join('\n'),
    evidence: [...new Set(result.links)],
  };
  return { measure, issues };
}
