import { useTranslation } from 'react-i18next';

import type { Report } from '@/domain/report/build-report';
import type { Signatory } from '@/domain/types';

const ROLES = ['preparedBy', 'endorsedBy', 'approvedBy'] as const;

/**
 * The sign-off under the report: a line to sign on, the name in brackets and
 * the position, for the three people of the office settings. A name not yet
 * set leaves a dotted space to write it by hand.
 */
export function SignOff({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <div className="report-sign-off">
      {ROLES.map((role) => {
        const person: Signatory = report.signatories[role];
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
          </div>
        );
      })}
    </div>
  );
}
