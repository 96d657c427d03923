import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import type { LateMeasure } from '@/domain/dashboard/late-measures';
import type { Office } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';

import type { LinkedTable } from './linked-table';
import { LinkedTableView } from './linked-table-view';
import { unitsText, type MeasureLabel } from './measure-labels';
import { measureHref, measuresHref } from './measure-links';

interface LateSectionProps {
  late: readonly LateMeasure[];
  labels: ReadonlyMap<string, MeasureLabel>;
  office: Office;
}

/** Late measures, the longest overdue first, with who is responsible. */
export function LateSection({ late, labels, office }: LateSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const caption = t('dashboard.late.title');
  const table: LinkedTable = {
    headers: [
      t('dashboard.measure'),
      t('measure.period'),
      t('measure.units'),
      t('dashboard.late.days'),
    ],
    rows: late.flatMap(({ measureId, daysLate }) => {
      const label = labels.get(measureId);
      if (!label) return [];
      const { measure, number } = label;
      return {
        key: measureId,
        cells: [
          {
            text: `${format.number(number)}. ${measure.title}`,
            href: measureHref(measureId),
          },
          { text: format.period(measure.period, measure.fiscalYear) },
          { text: unitsText(measure, office.units, t('measure.allUnits')) },
          {
            // Reported late while the period still runs: not yet overdue.
            text:
              daysLate > 0
                ? format.number(daysLate)
                : t('dashboard.late.reported'),
            ...(daysLate > 0 ? { value: daysLate } : {}),
            numeric: true,
          },
        ],
      };
    }),
  };
  return (
    <section className="dashboard-section" aria-labelledby="dash-late">
      <h2 id="dash-late">{caption}</h2>
      {late.length === 0 ? (
        <p className="empty">{t('dashboard.late.none')}</p>
      ) : (
        <>
          <p>
            {t('dashboard.late.lead', { n: format.number(late.length) })}{' '}
            <Link href={measuresHref({ status: 'late' })}>
              {t('dashboard.late.inList')}
            </Link>
          </p>
          <LinkedTableView
            table={table}
            caption={caption}
            fileName="dashboard-late"
          />
        </>
      )}
    </section>
  );
}
