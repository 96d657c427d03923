import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import type { Timeline } from '@/domain/dashboard/timeline';
import { parseYearMonth } from '@/domain/period';
import type { YearMonth } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { ExportButtons } from '@/ui/export-buttons';

import type { MeasureLabel } from './measure-labels';
import { measureHref } from './measure-links';

interface TimelineSectionProps {
  timeline: Timeline;
  labels: ReadonlyMap<string, MeasureLabel>;
}

const ACTIVE_MARK = '●';

function monthName(value: YearMonth, language: 'th' | 'en'): string {
  const { year, month } = parseYearMonth(value);
  return new Intl.DateTimeFormat(language === 'th' ? 'th-TH' : 'en-GB', {
    month: 'short',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, 1));
}

/** The measures' periods across the year's months, today's month marked: a table drawn as a chart. */
export function TimelineSection({ timeline, labels }: TimelineSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const months = timeline.months.map((m) => monthName(m, format.language));
  const rows = timeline.bars.flatMap((bar) => {
    const label = labels.get(bar.measureId);
    if (!label) return [];
    const { measure, number } = label;
    const active = months.map(
      (_, i) => bar.span !== null && bar.span.from <= i && i <= bar.span.to,
    );
    return {
      bar,
      name: `${format.number(number)}. ${measure.title}`,
      period: format.period(measure.period, measure.fiscalYear),
      active,
    };
  });
  const caption = t('dashboard.timeline.title');
  const headers = [t('dashboard.measure'), t('measure.period'), ...months];
  const exported = {
    title: [caption],
    headers,
    rows: rows.map((r) => [
      r.name,
      r.period,
      ...r.active.map((on) => (on ? ACTIVE_MARK : '')),
    ]),
  };
  return (
    <section className="dashboard-section" aria-labelledby="dash-timeline">
      <h2 id="dash-timeline">{caption}</h2>
      <div className="table-scroll">
        <table className="table timeline">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{headers[0]}</th>
              <th scope="col">{headers[1]}</th>
              {months.map((month, i) => {
                const isToday = i === timeline.todayIndex;
                return (
                  <th
                    key={timeline.months[i]}
                    scope="col"
                    className={isToday ? 'tl-month tl-today' : 'tl-month'}
                    aria-current={isToday ? 'date' : undefined}
                  >
                    {month}
                    {isToday ? (
                      <span className="tl-now">
                        {t('dashboard.timeline.thisMonth')}
                      </span>
                    ) : null}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ bar, name, period, active }) => (
              <tr key={bar.measureId}>
                <th scope="row">
                  <Link href={measureHref(bar.measureId)}>{name}</Link>
                </th>
                <td>
                  {period}
                  {bar.span === null ? (
                    <span className="tl-outside">
                      {t('dashboard.timeline.outside')}
                    </span>
                  ) : null}
                </td>
                {active.map((on, i) => (
                  <td
                    key={timeline.months[i]}
                    className={[
                      'tl-cell',
                      on ? 'tl-on' : '',
                      i === timeline.todayIndex ? 'tl-today' : '',
                    ].join(' ')}
                  >
                    {on ? (
                      <span className="sr-only">
                        {t('dashboard.timeline.active')}
                      </span>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ExportButtons
        table={exported}
        name={caption}
        fileName="dashboard-timeline"
      />
    </section>
  );
}
