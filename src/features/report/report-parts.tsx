import { REPORT_COLUMNS } from '@/domain/report/report-columns';
import type { ReportLabels } from '@/domain/report/report-text';

/** The title block, the same on the screen and on the first printed page. */
export function ReportTitle({ labels }: { labels: ReportLabels }) {
  return (
    <header className="report-title">
      {labels.title.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </header>
  );
}

/** The column widths and the header row, which every printed page repeats. */
export function ReportHead({ labels }: { labels: ReportLabels }) {
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
