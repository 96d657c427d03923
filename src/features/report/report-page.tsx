import './report.css';
// An approval is compared in the language it was signed in, either one.
import '@/i18n/every-language';

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { isLocking } from '@/domain/report/sign-off';
import type { Approval, Office, Round } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { Page } from '@/ui/page';

import { ReportPrint } from './print/report-print';
import { ReportActions } from './report-actions';
import { ReportApproval } from './report-approval';
import { ReportControls } from './report-controls';
import { ReportDocument } from './report-document';
import { ReportEditor } from './report-editor';
import { reportLabels } from './report-labels';
import { useReport, type ReportData } from './use-report';
import { useReportDigits } from './use-report-digits';

interface ReportPageProps {
  office: Office;
  fiscalYear: number;
}

/** The official yearly report of the office: view, edit, approve, print, export, copy. */
export function ReportPage({ office, fiscalYear }: ReportPageProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [round, setRound] = useState<Round>('annual');
  const [editing, setEditing] = useState(false);
  const [digits, chooseDigits] = useReportDigits();
  const data = useReport(office, fiscalYear, round, digits);
  const approval = data?.approval ?? null;
  const locked = isLocking(approval ?? undefined);
  const report = useMemo(
    () =>
      data && approval && locked
        ? {
            ...data.report,
            signedOff: {
              approver: approval.approver,
              approvedAt: approval.approvedAt,
            },
          }
        : data?.report,
    [data, approval, locked],
  );
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
  // What an approval signed is compared in its own language and digits.
  const signedForm = (signedBy: Approval, ofData: ReportData) => {
    const signed = ofData.inDigits(signedBy.digits);
    return {
      report: signed,
      labels: reportLabels(
        i18n.getFixedT(signedBy.language),
        signed,
        signedBy.language,
      ),
    };
  };

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
          <Link href="/itas" className="btn btn-secondary">
            {t('nav.itas')}
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
      {!data || !report || !labels ? (
        <p role="status">{t('common.loading')}</p>
      ) : report.rows.length === 0 ? (
        <p className="empty">{t('report.empty', { year })}</p>
      ) : (
        <>
          <ReportActions report={report} labels={labels} />
          <div className="page-actions report-edit-toggle">
            <Button
              aria-pressed={editing && !locked}
              disabled={locked}
              aria-describedby={locked ? 'report-locked' : undefined}
              onClick={() => setEditing(!editing)}
            >
              {editing && !locked
                ? t('report.edit.stop')
                : t('report.edit.start')}
            </Button>
            {locked ? (
              <p id="report-locked" className="field-hint">
                {t('report.edit.locked')}
              </p>
            ) : null}
          </div>
          {editing && !locked ? (
            <ReportEditor
              officeId={office.id}
              report={report}
              labels={labels}
              text={data.text}
            />
          ) : (
            <ReportDocument report={report} labels={labels} />
          )}
          <ReportApproval
            office={office}
            report={report}
            labels={labels}
            approval={data.approval}
            updates={data.updates}
            signedForm={(a) => signedForm(a, data)}
          />
          <ReportPrint report={report} labels={labels} />
        </>
      )}
    </Page>
  );
}
