import { useTranslation } from 'react-i18next';

import type { Report } from '@/domain/report/build-report';
import { formatTimestamp } from '@/domain/thai-date';
import type { Signatory } from '@/domain/types';

const ROLES = ['preparedBy', 'endorsedBy', 'approvedBy'] as const;

/**
 * The sign-off under the report: a line to sign on, the name in brackets and
 * the position, for the three people of the office settings. A name not yet
 * set leaves a dotted space to write it by hand. Once the round is approved
 * in the app, the approver's block says who approved and when.
 */
export function SignOff({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const signed = report.signedOff;
  return (
    <div className="report-sign-off">
      {ROLES.map((role) => {
        const approved = role === 'approvedBy' ? signed : undefined;
        const person: Signatory =
          approved?.approver ?? report.signatories[role];
        return (
          <div key={role} className="report-signatory">
            <p>
              {t('report.signOff.sign')}
              <span className="report-sign-line" aria-hidden="true" />
              {t(`report.signOff.${role}`)}
            </p>
            <p>({person.name || <span className="report-blank" />})</p>
            <p>
              {t('report.signOff.position')}{' '}
              {person.position || <span className="report-blank" />}
            </p>
            {approved ? (
              <p className="report-approved-at">
                {t('report.approval.printed', {
                  date: formatTimestamp(
                    approved.approvedAt,
                    language,
                    report.digits,
                  ),
                })}
              </p>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
