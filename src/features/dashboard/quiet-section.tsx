import { useTranslation } from 'react-i18next';

import type { QuietMeasure } from '@/domain/dashboard/late-measures';
import { useFormat } from '@/i18n/use-format';

import type { LinkedTable } from './linked-table';
import { LinkedTableView } from './linked-table-view';
import type { MeasureLabel } from './measure-labels';
import { measureHref } from './measure-links';
import { QuietDaysField } from './quiet-days-field';

interface QuietSectionProps {
  quiet: readonly QuietMeasure[];
  labels: ReadonlyMap<string, MeasureLabel>;
  quietDays: number;
}

/** Measures still open with no update in the last N days (N set here, remembered). */
export function QuietSection({ quiet, labels, quietDays }: QuietSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const days = format.number(quietDays);
  const caption = t('dashboard.quiet.title', { days });
  const table: LinkedTable = {
    headers: [
      t('dashboard.measure'),
      t('dashboard.quiet.lastUpdate'),
      t('dashboard.quiet.since'),
    ],
    rows: quiet.flatMap(({ measureId, lastUpdate, daysSinceUpdate }) => {
      const label = labels.get(measureId);
      if (!label) return [];
      return {
        key: measureId,
        cells: [
          {
            text: `${format.number(label.number)}. ${label.measure.title}`,
            href: measureHref(measureId),
          },
          {
            text: lastUpdate
              ? format.date(lastUpdate)
              : t('dashboard.quiet.never'),
          },
          {
            text:
              daysSinceUpdate === null ? '—' : format.number(daysSinceUpdate),
            numeric: true,
          },
        ],
      };
    }),
  };
  return (
    <section className="dashboard-section" aria-labelledby="dash-quiet">
      <h2 id="dash-quiet">{caption}</h2>
      <QuietDaysField quietDays={quietDays} />
      {quiet.length === 0 ? (
        <p className="empty">{t('dashboard.quiet.none', { days })}</p>
      ) : (
        <LinkedTableView
          table={table}
          caption={caption}
          fileName="dashboard-no-update"
        />
      )}
    </section>
  );
}
