import { useTranslation } from 'react-i18next';

import { inDigits, type Report } from '@/domain/report/build-report';
import { REPORT_COLUMNS } from '@/domain/report/report-columns';
import type { ReportLabels } from '@/domain/report/report-text';

/** The title block, as the screen's report has it. */
export function PrintTitle({ labels }: { labels: ReportLabels }) {
  return (
    <header className="report-title">
      {labels.title.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </header>
  );
}

/** The column widths and the header row every printed page repeats. */
export function PrintHead({ labels }: { labels: ReportLabels }) {
  return (
    <>
      <colgroup>
        {REPORT_COLUMNS.map((column) => (
          <col key={column} className={`report-col-${column}`} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {REPORT_COLUMNS.map((column) => (
            <th key={column} scope="col">
              {labels.headings[column]}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}

/** "หน้า ๑/๗" at the foot of a sheet, in the report's digits. */
export function PageNumber({
  report,
  page,
  pages,
}: {
  report: Report;
  page: number;
  pages: number;
}) {
  const { t } = useTranslation();
  return (
    <p className="report-page-number">
      {t('report.pageNumber', {
        page: inDigits(String(page), report.digits),
        pages: inDigits(String(pages), report.digits),
      })}
    </p>
  );
}
