import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { useSignOffStates } from '@/db/live-round';
import type { Office } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';

// The rounds' short names: 'รอบ 6 เดือน'.
const SHORT = 'short';

/** Each round's approval of the report, and the updates changed since, for the manager. */
export function SignOffSection({
  office,
  fiscalYear,
}: {
  office: Office;
  fiscalYear: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const states = useSignOffStates(office.id, fiscalYear);
  if (!states) return null;
  return (
    <section className="dashboard-section" aria-labelledby="sign-off-title">
      <h2 id="sign-off-title">{t('dashboard.signOff.title')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.signOff.round')}</th>
            <th scope="col">{t('dashboard.signOff.state')}</th>
          </tr>
        </thead>
        <tbody>
          {states.map(({ round, approval, changedSince }) => (
            <tr key={round}>
              <th scope="row">{format.round(round, SHORT)}</th>
              <td>
                {!approval
                  ? t('dashboard.signOff.none')
                  : approval.reopened
                    ? t('dashboard.signOff.reopened')
                    : t('dashboard.signOff.approved', {
                        name: approval.approver.name,
                        date: format.timestamp(approval.approvedAt),
                      })}
                {changedSince > 0 ? (
                  <strong className="dashboard-flag">
                    {' · '}
                    {t('dashboard.signOff.flagged', { count: changedSince })}
                  </strong>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Link href="/report">{t('dashboard.signOff.toReport')}</Link>
    </section>
  );
}
