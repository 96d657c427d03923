import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';

import { useMeasureCountsByYear } from '@/db/dashboard-queries';
import { setSetting } from '@/db/settings';
import { itaTrend } from '@/domain/dashboard/ita-trend';
import { formatNumber as formatNumberIn } from '@/domain/thai-date';
import type { Office } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { ExportButtons } from '@/ui/export-buttons';
import { numberCell, type TableCell } from '@/ui/table-export';

import { ItaChart } from './ita-chart';

/** ITA results over the years (entered in Settings) beside each year's measures. */
export function ItaSection({ office }: { office: Office }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [, navigate] = useLocation();
  const counts = useMeasureCountsByYear(office.id);
  const results = office.itaResults;
  const years = useMemo(
    () => (counts ? itaTrend(results ?? [], counts) : []),
    [results, counts],
  );
  const { language, digits } = format;
  const formatNumber = useCallback(
    (n: number) => formatNumberIn(n, language, digits, { useGrouping: false }),
    [language, digits],
  );
  const openYear = async (fiscalYear: number) => {
    await setSetting('fiscalYear', fiscalYear);
    navigate('/measures');
  };
  const caption = t('dashboard.ita.title');
  const headers = [
    t('dashboard.ita.year'),
    t('dashboard.ita.score'),
    t('dashboard.ita.level'),
    t('dashboard.ita.measures'),
  ];
  const text = (y: (typeof years)[number]) => [
    formatNumber(y.fiscalYear),
    y.score === null ? '—' : format.number(y.score),
    y.level ?? '—',
    format.number(y.measures),
  ];
  // Score and count as figures in the file; no score is a dash, as on screen.
  const exported = (y: (typeof years)[number]): TableCell[] => {
    const [year = '', score = '', level = '', measures = ''] = text(y);
    return [
      year,
      y.score === null ? score : numberCell(y.score, score),
      level,
      numberCell(y.measures, measures),
    ];
  };
  const numeric = [false, true, false, true];
  const hasResults = (results ?? []).length > 0;
  return (
    <section className="dashboard-section" aria-labelledby="dash-ita">
      <h2 id="dash-ita">{caption}</h2>
      {!hasResults ? (
        <p className="section-hint">
          {t('dashboard.ita.noResults')}{' '}
          <Link href="/settings">{t('dashboard.ita.toSettings')}</Link>
        </p>
      ) : null}
      {years.length > 0 ? (
        <div className="chart-and-table">
          {hasResults ? (
            <figure className="chart-figure">
              <ItaChart
                years={years}
                formatNumber={formatNumber}
                scoreLabel={headers[1] ?? ''}
                measuresLabel={headers[3] ?? ''}
              />
              <figcaption>{t('dashboard.ita.figcaption')}</figcaption>
            </figure>
          ) : null}
          <div>
            <div className="table-scroll">
              <table className="table">
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    {headers.map((h, i) => (
                      <th
                        key={h}
                        scope="col"
                        className={numeric[i] ? 'num' : undefined}
                      >
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {years.map((y) => {
                    const [year, score, level, measures] = text(y);
                    return (
                      <tr key={y.fiscalYear}>
                        <th scope="row">{year}</th>
                        <td className="num">{score}</td>
                        <td>{level}</td>
                        <td className="num">
                          {y.measures > 0 ? (
                            <button
                              type="button"
                              className="link-button"
                              aria-label={t('dashboard.ita.openYear', {
                                year,
                                n: measures,
                              })}
                              onClick={() => void openYear(y.fiscalYear)}
                            >
                              {measures}
                            </button>
                          ) : (
                            measures
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <ExportButtons
              table={{ title: [caption], headers, rows: years.map(exported) }}
              name={caption}
              fileName="dashboard-ita"
            />
          </div>
        </div>
      ) : null}
    </section>
  );
}
