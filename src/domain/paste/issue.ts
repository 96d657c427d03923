/** Making parse issues: a line, a message key and what the message quotes. */
import { collapse } from './read-cells';
import type { ParseIssue, ParseIssueKey } from './types';

const QUOTE_LENGTH = 60;

/** quote(longCell) is at most 60 characters, ending in '…' when cut, for a message. */
export function quote(text: string): string {
  const clean = collapse(text);
  return clean.length > QUOTE_LENGTH
    ? `${clean.slice(0, QUOTE_LENGTH - 1)}…`
    : clean;
}

/** issue(12, 'orphanRow', { text }) → an error at line 12 */
export function issue(
  line: number,
  key: ParseIssueKey,
  params: ParseIssue['params'] = {},
  severity: ParseIssue['severity'] = 'error',
): ParseIssue {
  return { line, severity, key, params };
}
