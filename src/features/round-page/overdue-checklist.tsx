import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import type { ExpectedInRound } from '@/domain/reporting/round-table';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { ExportButtons } from '@/ui/export-buttons';
import { usePrinting } from '@/ui/use-printing';

import { overdueTable } from './round-exports';

interface OverdueChecklistProps {
  /** The offices not received past the due date, in the list's order. */
  overdue: readonly ExpectedInRound[];
  /** The round's due date as it applies. */
  dueDate: string;
  today: string;
  /** The lines that head the paper and the files: round, place, due date. */
  heading: readonly string[];
  /** The table's link showing these offices. */
  showHref: string;
  fileName: string;
}

/**
 * Who to chase: on the screen a count with the ways to print and export;
 * on paper (A4, the page's print CSS) the numbered list under its heading,
 * with a column to tick each office off. The list is drawn only while
 * printing, so 8,000 offices cost the screen nothing.
 */
export function OverdueChecklist(props: OverdueChecklistProps) {
  const { overdue, dueDate, today, heading, showHref, fileName } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const printing = usePrinting();
  const n = format.number(overdue.length);
  const message =
    today <= dueDate
      ? t('roundPage.checklist.notDueYet', { date: format.date(dueDate) })
      : overdue.length === 0
        ? t('roundPage.checklist.none')
        : t('roundPage.checklist.count', { n });
  // Made when printed or exported: 8,000 lines cost nothing before.
  const table = () => overdueTable(t, format, heading, overdue);
  return (
    <section className="card overdue-checklist" aria-labelledby={id}>
      <h2 id={id}>{t('roundPage.checklist.title')}</h2>
      <p className="overdue-count">{message}</p>
      {overdue.length > 0 ? (
        <div className="round-actions">
          <Link href={showHref} className="btn btn-secondary">
            {t('roundPage.checklist.showInTable')}
          </Link>
          <Button onClick={() => window.print()}>
            {t('roundPage.checklist.print')}
          </Button>
          <ExportButtons
            table={table}
            name={t('roundPage.checklist.sheet')}
            fileName={fileName}
          />
        </div>
      ) : null}
      {printing ? (
        <div className="overdue-print">
          {heading.map((line, i) =>
            i === 0 ? (
              <p key={i} className="overdue-print-title">
                {line}
              </p>
            ) : (
              <p key={i}>{line}</p>
            ),
          )}
          <table className="table overdue-print-table">
            <thead>
              <tr>
                {overdueTable(t, format, heading, []).headers.map((header) => (
                  <th key={header} scope="col">
                    {header}
                  </th>
                ))}
                <th scope="col">{t('roundPage.checklist.followedUp')}</th>
              </tr>
            </thead>
            <tbody>
              {overdue.map(({ office, state }, i) => (
                <tr key={office.id}>
                  <td className="num">{format.number(i + 1)}</td>
                  <th scope="row">{office.name}</th>
                  <td>{office.kind ? t(`officeKind.${office.kind}`) : ''}</td>
                  <td>{office.district}</td>
                  <td>{office.province}</td>
                  <td className="num">{format.number(state.daysLate ?? 0)}</td>
                  <td
                    className="overdue-tick"
                    aria-label={t('roundPage.checklist.followedUp')}
                  />
                </tr>
              ))}
            </tbody>
          </table>
          {overdue.length === 0 ? <p>{message}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
