import type { Report, ReportRow } from '@/domain/report/build-report';
import type { ReportColumn } from '@/domain/report/report-columns';
import { isEdited } from '@/domain/report/report-edits';
import {
  evidenceLinks,
  resultText,
  rowCells,
  type ReportLabels,
} from '@/domain/report/report-text';
import { SafeLink } from '@/ui/safe-link';

import { ReportHead } from './report-parts';

interface ReportTableProps {
  report: Report;
  labels: ReportLabels;
}

/** The result cell: what was done (and the problems), or plainly "no update", and the evidence links. */
function ResultCell({ row, labels }: { row: ReportRow; labels: ReportLabels }) {
  const noUpdate = row.result.kind === 'no-update';
  return (
    <td className={noUpdate ? 'report-no-update' : undefined}>
      {resultText(row, labels)}
      {evidenceLinks(row).map((href) => (
        <span key={href} className="report-link">
          <SafeLink href={href} />
        </span>
      ))}
    </td>
  );
}

// A column's name, not a text shown.
const RESULT: ReportColumn = 'result';

/** The seven-column table of the official report; its header row repeats on every printed page. */
export function ReportTable({ report, labels }: ReportTableProps) {
  return (
    <table className="report-table">
      <ReportHead labels={labels} />
      <tbody>
        {report.rows.map((row) => {
          const cells = rowCells(row, report, labels);
          const resultEdited = isEdited(report, row.measureId, RESULT);
          return (
            <tr key={row.measureId}>
              <th scope="row">{cells.title}</th>
              <td>{cells.methods}</td>
              <td>{cells.period}</td>
              {resultEdited ? (
                <td>{cells.result}</td>
              ) : (
                <ResultCell row={row} labels={labels} />
              )}
              <td>{cells.suggestions}</td>
              <td>{cells.units}</td>
              <td>{cells.outcome}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
