import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { StatusCount } from '@/domain/dashboard/status-counts';
import { formatNumber as formatNumberIn } from '@/domain/thai-date';
import { useFormat } from '@/i18n/use-format';

import { countCell, type LinkedTable } from './linked-table';
import { LinkedTableView } from './linked-table-view';
import { measuresHref } from './measure-links';
import { StatusChart } from './status-chart';

/** Measures by status: a bar chart, and the same figures as a table beside it. */
export function StatusSection({ counts }: { counts: readonly StatusCount[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const total = counts.reduce((sum, c) => sum + c.measureIds.length, 0);
  const names = useMemo(
    () => counts.map((c) => t(`status.${c.status}`)),
    [counts, t],
  );
  const { language, digits } = format;
  // Stable while the language and digits stay, so the chart is not redrawn.
  const formatNumber = useCallback(
    (n: number) => formatNumberIn(n, language, digits),
    [language, digits],
  );
  const share = (value: number) => ({
    text: format.number(value, { style: 'percent' }),
    value,
    percent: true,
  });
  const table: LinkedTable = {
    headers: [
      t('dashboard.status.status'),
      t('dashboard.status.measures'),
      t('dashboard.status.share'),
    ],
    rows: counts.map((c, i) => ({
      key: c.status,
      cells: [
        { text: names[i] ?? '' },
        countCell(
          c.measureIds,
          format.number(c.measureIds.length),
          measuresHref({ status: c.status }),
          t('dashboard.status.link', {
            status: names[i],
            count: c.measureIds.length,
            n: format.number(c.measureIds.length),
          }),
        ),
        share(total ? c.measureIds.length / total : 0),
      ],
    })),
    // Each measure has one status: the rows add up to the year's measures.
    totals: [
      {
        key: 'total',
        cells: [
          { text: t('dashboard.total') },
          countCell(
            counts.flatMap((c) => c.measureIds),
            format.number(total),
            '/measures',
            t('dashboard.status.totalLink', { n: format.number(total) }),
          ),
          share(total ? 1 : 0),
        ],
      },
    ],
  };
  const caption = t('dashboard.status.title');
  return (
    <section className="dashboard-section" aria-labelledby="dash-status">
      <h2 id="dash-status">{caption}</h2>
      <div className="chart-and-table">
        <figure className="chart-figure">
          <StatusChart
            counts={counts}
            names={names}
            formatNumber={formatNumber}
          />
          <figcaption>{t('dashboard.status.figcaption')}</figcaption>
        </figure>
        <div>
          <LinkedTableView
            table={table}
            caption={caption}
            fileName="dashboard-status"
          />
        </div>
      </div>
    </section>
  );
}
