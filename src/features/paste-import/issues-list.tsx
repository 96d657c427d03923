import { useTranslation } from 'react-i18next';

import type { ParseIssue, ParsedMeasure } from '@/domain/paste/types';
import { useFormat } from '@/i18n/use-format';

interface IssuesListProps {
  issues: readonly ParseIssue[];
  measures: readonly ParsedMeasure[];
}

/** What the parser could not read, each at its line (and measure), in plain words. */
export function IssuesList({ issues, measures }: IssuesListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (issues.length === 0) return null;
  return (
    <section className="card paste-issues" aria-labelledby="paste-issues-title">
      <h2 id="paste-issues-title">
        {t('paste.issuesTitle', {
          count: issues.length,
          n: format.number(issues.length),
        })}
      </h2>
      <ul>
        {issues.map((issue, i) => {
          const number =
            issue.measure !== undefined && measures[issue.measure]
              ? issue.measure + 1
              : null;
          const column =
            typeof issue.params.column === 'string'
              ? t(`report.columns.${issue.params.column as 'title'}`)
              : undefined;
          return (
            <li key={i} className={`paste-issue paste-issue-${issue.severity}`}>
              <span className="paste-issue-where">
                {t(`paste.severity.${issue.severity}`)}
                {' · '}
                {t('paste.line', { line: format.number(issue.line) })}
                {number === null
                  ? null
                  : ` · ${t('paste.measureRef', { number: format.number(number) })}`}
              </span>{' '}
              {t(`paste.issues.${issue.key}`, { ...issue.params, column })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
