import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import type { OfficeDashboard } from '@/domain/dashboard/office-dashboard';
import type { Measure } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';

import { measuresHref } from './measure-links';

interface Figure {
  key: string;
  label: string;
  ids: readonly string[];
  href: string;
  /** Worth a manager's attention when not zero. */
  alert?: boolean;
}

/** The few numbers a ปลัด looks for first; each opens the measures behind it. */
export function KeyFigures({
  dashboard,
  quietDays,
}: {
  dashboard: OfficeDashboard<Measure>;
  quietDays: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const ofStatus = (status: 'completed' | 'late') =>
    dashboard.statusCounts.find((c) => c.status === status)?.measureIds ?? [];
  const quietIds = dashboard.quiet.map((q) => q.measureId);
  const figures: Figure[] = [
    {
      key: 'total',
      label: t('dashboard.figures.total'),
      ids: dashboard.facts.map((f) => f.measure.id),
      href: '/measures',
    },
    {
      key: 'completed',
      label: t('status.completed'),
      ids: ofStatus('completed'),
      href: measuresHref({ status: 'completed' }),
    },
    {
      key: 'late',
      label: t('status.late'),
      ids: ofStatus('late'),
      href: measuresHref({ status: 'late' }),
      alert: true,
    },
    {
      key: 'quiet',
      label: t('dashboard.figures.quiet', {
        days: format.number(quietDays),
      }),
      ids: quietIds,
      href: measuresHref({ ids: quietIds }),
      alert: true,
    },
    ...[dashboard.sixMonth, dashboard.annual].map((round) => ({
      key: round.round,
      label: format.text(t(`dashboard.figures.missing.${round.round}`)),
      ids: round.missingIds,
      href: measuresHref({ ids: round.missingIds }),
      alert: true,
    })),
  ];
  return (
    <section aria-label={t('dashboard.figures.title')}>
      <ul className="key-figures">
        {figures.map((figure) => {
          const alert = figure.alert && figure.ids.length > 0;
          const content = (
            <>
              <span className="key-figure-label">{figure.label}</span>{' '}
              <span className="key-figure-value">
                {format.number(figure.ids.length)}
              </span>
            </>
          );
          return (
            <li
              key={figure.key}
              className={alert ? 'key-figure key-figure-alert' : 'key-figure'}
            >
              {figure.ids.length > 0 ? (
                <Link href={figure.href}>{content}</Link>
              ) : (
                <span>{content}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
