import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import type { RoundCompleteness } from '@/domain/dashboard/round-completeness';
import { useFormat } from '@/i18n/use-format';

import { countCell, type LinkedTable } from './linked-table';
import { LinkedTableView } from './linked-table-view';
import type { MeasureLabel } from './measure-labels';
import { measureHref, measuresHref } from './measure-links';

interface RoundsSectionProps {
  rounds: readonly RoundCompleteness[];
  labels: ReadonlyMap<string, MeasureLabel>;
}

/** Is each reporting round complete, and which measures still have to report. */
export function RoundsSection({ rounds, labels }: RoundsSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = (ids: readonly string[], what: string, round: string) =>
    countCell(
      ids,
      format.number(ids.length),
      measuresHref({ ids }),
      t('dashboard.rounds.link', { what, round, n: format.number(ids.length) }),
    );
  const headers = [
    t('dashboard.rounds.round'),
    t('dashboard.rounds.expected'),
    t('dashboard.rounds.reported'),
    t('dashboard.rounds.missing'),
    t('dashboard.rounds.cancelled'),
  ];
  const table: LinkedTable = {
    headers,
    rows: rounds.map((r) => {
      const name = format.round(r.round);
      return {
        key: r.round,
        cells: [
          { text: name },
          count(r.expectedIds, headers[1] ?? '', name),
          count(r.reportedIds, headers[2] ?? '', name),
          count(r.missingIds, headers[3] ?? '', name),
          count(r.cancelledIds, headers[4] ?? '', name),
        ],
      };
    }),
  };
  const caption = t('dashboard.rounds.title');
  return (
    <section className="dashboard-section" aria-labelledby="dash-rounds">
      <h2 id="dash-rounds">{caption}</h2>
      <LinkedTableView
        table={table}
        caption={caption}
        fileName="dashboard-rounds"
      />
      {rounds.map((r) => (
        <div key={r.round} className="round-missing">
          <h3>
            {t('dashboard.rounds.missingOf', { round: format.round(r.round) })}
          </h3>
          {r.missingIds.length === 0 ? (
            <p>{t('dashboard.rounds.complete')}</p>
          ) : (
            <ul>
              {r.missingIds.map((id) => {
                const label = labels.get(id);
                return label ? (
                  <li key={id}>
                    <Link href={measureHref(id)}>
                      {`${format.number(label.number)}. ${label.measure.title}`}
                    </Link>
                  </li>
                ) : null;
              })}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
