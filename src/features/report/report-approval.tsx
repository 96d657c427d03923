import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { approveRound, ApproverError } from '@/db/sign-off';
import type { Report } from '@/domain/report/build-report';
import type { ReportLabels } from '@/domain/report/report-text';
import {
  changedCells,
  countedUpdates,
  isLocking,
  reportCells,
  reportChecksum,
  updatesChangedSince,
} from '@/domain/report/sign-off';
import type { Approval, Office, ProgressUpdate } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';

import { ChangedCells } from './changed-cells';

interface ReportApprovalProps {
  office: Office;
  report: Report;
  labels: ReportLabels;
  approval: Approval | null;
  updates: readonly ProgressUpdate[];
  /** The report and its words as the approval was worded: to compare with what it signed. */
  signedForm: (approval: Approval) => { report: Report; labels: ReportLabels };
}

/**
 * The sign-off of the round: who approved and when, or the button for the
 * office's approver; once approved, whether the report still says what
 * was signed (the cells that changed) and the updates changed since.
 */
export function ReportApproval(props: ReportApprovalProps) {
  const { office, report, labels, approval, updates } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const approve = async () => {
    setRefusal(null);
    setDone(false);
    const cells = reportCells(report, labels);
    const measureIds = report.rows.map((r) => r.measureId);
    try {
      await approveRound({
        officeId: office.id,
        fiscalYear: report.fiscalYear,
        round: report.round,
        language: format.language,
        digits: report.digits,
        measureIds,
        updates: countedUpdates(
          updates,
          measureIds,
          report.fiscalYear,
          report.round,
        ).map(({ id, rev }) => ({ id, rev })),
        cells,
        sha256: reportChecksum(cells),
      });
      setDone(true);
    } catch (error) {
      if (error instanceof ApproverError)
        setRefusal(
          t(`report.approval.refused.${error.reason}`, {
            person: error.person,
            approver: error.approver,
          }),
        );
      else {
        console.error(error);
        setRefusal(t('report.approval.failed'));
      }
    }
  };

  const locking = isLocking(approval ?? undefined);
  const signed = approval && locking ? props.signedForm(approval) : null;
  const changed =
    approval && signed
      ? reportChecksum(reportCells(signed.report, signed.labels)) ===
        approval.sha256
        ? []
        : changedCells(
            approval.cells,
            reportCells(signed.report, signed.labels),
          )
      : [];
  const flagged =
    approval && locking ? updatesChangedSince(approval, updates).length : 0;

  return (
    <section
      className="report-approval"
      aria-labelledby="report-approval-title"
    >
      <h2 id="report-approval-title">{t('report.approval.title')}</h2>
      {approval && locking ? (
        <p>
          {t('report.approval.approved', {
            name: approval.approver.name,
            date: format.timestamp(approval.approvedAt),
          })}
        </p>
      ) : (
        <>
          {approval?.reopened ? (
            <p>
              {t('report.approval.reopened', {
                date: format.timestamp(approval.reopened.at),
                by: approval.reopened.by,
                reason: approval.reopened.reason,
              })}
            </p>
          ) : (
            <p>{t('report.approval.none')}</p>
          )}
          <p className="field-hint">
            {t('report.approval.intro', {
              approver: office.approvedBy.name || '…',
            })}
          </p>
          <Button variant="primary" onClick={() => void approve()}>
            {approval
              ? t('report.approval.reapprove')
              : t('report.approval.approve')}
          </Button>
        </>
      )}
      <p role="status">{done ? t('report.approval.done') : null}</p>
      {refusal ? (
        <p role="alert" className="field-error">
          {refusal}
        </p>
      ) : null}
      {changed.length > 0 && signed ? (
        <ChangedCells
          changed={changed}
          report={signed.report}
          labels={signed.labels}
        />
      ) : null}
      {flagged > 0 ? (
        <p role="alert" className="report-flag">
          {t('report.approval.flagged', { count: flagged })}
        </p>
      ) : null}
    </section>
  );
}
