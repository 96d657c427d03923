import './report.css';

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import type { Office, Round } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Page } from '@/ui/page';

import { ReportPrint } from './print/report-print';
import { ReportActions } from './report-actions';
import { ReportControls } from './report-controls';
import { ReportDocument } from './report-document';
import { reportLabels } from './report-labels';
import { useReport } from './use-report';
import { useReportDigits } from './use-report-digits';

interface ReportPageProps {
  office: Office;
  fiscalYear: number;
}

/** The official yearly report of the office: view, print, export, copy. */
export function ReportPage({ office, fiscalYear }: ReportPageProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [round, setRound] = useState<Round>('annual');
  const [digits, chooseDigits] = useReportDigits();
  const report = useReport(office, fiscalYear, round, digits);
  // Worded again when the language changes: `t` alone stays the same function.
  const language = i18n.language;
  const labels = useMemo(
    () =>
      report
        ? reportLabels(
            i18n.getFixedT(language),
            report,
            language === 'en' ? 'en' : 'th',
          )
        : null,
    [i18n, language, report],
  );
  const year = format.text(String(fiscalYear));

  return (
    <Page
      title={t('report.title', { year })}
      documentTitle={t('report.documentTitle', { year, office: office.name })}
      actions={
        <>
          <Link href="/import/paste" className="btn btn-secondary">
            {t('report.pasteImport')}
          </Link>
          <Link href="/next-year" className="btn btn-secondary">
            {t('report.nextYear')}
          </Link>
        </>
      }
    >
      <ReportControls
        round={round}
        onRound={setRound}
        thaiDigits={digits === 'thai'}
        onThaiDigits={(thai) => chooseDigits(thai ? 'thai' : 'arabic')}
      />
      {!report || !labels ? (
        <p role="status">{t('common.loading')}</p>
      ) : report.rows.length === 0 ? (
        <p className="empty">{t('report.empty', { year })}</p>
      ) : (
        <>
          <ReportActions report={report} labels={labels} />
          <ReportDocument report={report} labels={labels} />
          <ReportPrint report={report} labels={labels} />
        </>
      )}
    </Page>
  );
}
