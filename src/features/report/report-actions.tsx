import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Report } from '@/domain/report/build-report';
import {
  reportToTable,
  reportToText,
  type ReportLabels,
} from '@/domain/report/report-text';
import { Button } from '@/ui/button';
import { copyHtmlAndText, tableToHtml } from '@/ui/copy-table';
import { csvBlob, downloadBlob, xlsxBlob } from '@/ui/table-export';

type Outcome = 'copied' | 'copiedText' | 'copyFailed' | 'exportFailed';

/** Print, export (CSV, XLSX) and copy the report; says how a copy went. */
export function ReportActions({
  report,
  labels,
}: {
  report: Report;
  labels: ReportLabels;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const table = reportToTable(report, labels);
  const fileName = `ita-report-${report.fiscalYear}-${report.round}`;

  const run = async (action: () => Promise<Outcome | null>, fail: Outcome) => {
    setOutcome(null);
    try {
      setOutcome(await action());
    } catch (error) {
      console.error(error);
      setOutcome(fail);
    }
  };
  const copy = () =>
    run(async () => {
      const how = await copyHtmlAndText(
        tableToHtml(table),
        reportToText(report, labels),
      );
      return how === 'html' ? 'copied' : 'copiedText';
    }, 'copyFailed');
  const exportCsv = () =>
    run(async () => {
      downloadBlob(csvBlob(table), `${fileName}.csv`);
      return null;
    }, 'exportFailed');
  const exportXlsx = () =>
    run(async () => {
      const blob = await xlsxBlob(table, t('report.sheetName'));
      downloadBlob(blob, `${fileName}.xlsx`);
      return null;
    }, 'exportFailed');

  return (
    <div className="report-actions">
      <div className="page-actions">
        <Button variant="primary" onClick={() => window.print()}>
          {t('report.print')}
        </Button>
        <Button onClick={() => void copy()}>{t('report.copy')}</Button>
        <Button onClick={() => void exportCsv()}>
          {t('report.exportCsv')}
        </Button>
        <Button onClick={() => void exportXlsx()}>
          {t('report.exportXlsx')}
        </Button>
      </div>
      <p role="status" className="report-action-status">
        {outcome ? t(`report.${outcome}`) : null}
      </p>
    </div>
  );
}
