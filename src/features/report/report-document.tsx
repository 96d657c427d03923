import type { Report } from '@/domain/report/build-report';
import type { ReportLabels } from '@/domain/report/report-text';

import { ReportTitle } from './report-parts';
import { ReportTable } from './report-table';
import { SignOff } from './sign-off';

/** The report as the office prints it: title block, table, sign-off. */
export function ReportDocument({
  report,
  labels,
}: {
  report: Report;
  labels: ReportLabels;
}) {
  return (
    <article className="report-document">
      <ReportTitle labels={labels} />
      <ReportTable report={report} labels={labels} />
      <SignOff report={report} />
    </article>
  );
}
