import { useTranslation } from 'react-i18next';

import type { Report } from '@/domain/report/build-report';
import type { ReportLabels } from '@/domain/report/report-text';
import type { ChangedCell } from '@/domain/report/sign-off';

interface ChangedCellsProps {
  changed: readonly ChangedCell[];
  report: Report;
  labels: ReportLabels;
}

/** "Changed after sign-off": which cells, as signed and as they read now. */
export function ChangedCells({ changed, report, labels }: ChangedCellsProps) {
  const { t } = useTranslation();
  const numberOf = new Map(report.rows.map((r) => [r.measureId, r.number]));
  return (
    <div role="alert" className="report-changed">
      <p>
        <strong>
          {t('report.approval.changed', { count: changed.length })}
        </strong>
      </p>
      <table className="report-changed-table">
        <caption>{t('report.approval.changedCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.approval.where')}</th>
            <th scope="col">{t('report.approval.signed')}</th>
            <th scope="col">{t('report.approval.now')}</th>
          </tr>
        </thead>
        <tbody>
          {changed.map((cell) => {
            const number = numberOf.get(cell.measureId);
            const column = labels.headings[cell.column];
            return (
              <tr key={`${cell.measureId}-${cell.column}`}>
                <th scope="row">
                  {number
                    ? t('report.approval.cellOf', { number, column })
                    : t('report.approval.measureGone', { column })}
                </th>
                <td>{cell.signed ?? t('report.approval.gone')}</td>
                <td>{cell.now ?? t('report.approval.gone')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
