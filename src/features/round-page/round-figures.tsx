import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import type { ReportingFigures } from '@/domain/reporting/reporting-rate';
import type { RoundShow } from '@/domain/reporting/round-table';
import { useFormat } from '@/i18n/use-format';

interface RoundFiguresProps {
  figures: ReportingFigures;
  /** Offices not received (the rest of the expected). */
  notReceived: number;
  district: string;
  shown: RoundShow;
  /** The page's link showing these offices in the table. */
  href: (show: RoundShow) => string;
}

/**
 * The round at a glance, as DHIS2 counts a period: expected, received, on
 * time, approved, with the reporting rates. Each figure is a link that
 * shows the offices behind it in the table (the filter is in the URL).
 */
export function RoundFigures(props: RoundFiguresProps) {
  const { figures, notReceived, district, shown, href } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const percent = (rate: number | null) =>
    rate === null
      ? '—'
      : format.number(rate, { style: 'percent', maximumFractionDigits: 1 });
  const items: {
    show: RoundShow;
    what: string;
    n: number;
    rate?: string;
  }[] = [
    { show: 'all', what: t('roundPage.figure.expected'), n: figures.expected },
    {
      show: 'received',
      what: t('roundPage.figure.received'),
      n: figures.received,
      rate: t('roundPage.rate', { rate: percent(figures.rate) }),
    },
    {
      show: 'on-time',
      what: t('roundPage.figure.onTime'),
      n: figures.onTime,
      rate: t('roundPage.rateOnTime', { rate: percent(figures.rateOnTime) }),
    },
    {
      show: 'approved',
      what: t('roundPage.figure.approved'),
      n: figures.approved,
    },
    {
      show: 'not-received',
      what: t('roundPage.figure.notReceived'),
      n: notReceived,
    },
  ];
  const label = district
    ? t('roundPage.figuresOfDistrict', { district })
    : t('roundPage.figures');
  return (
    <section aria-label={label}>
      {district ? <p className="round-figures-place">{label}</p> : null}
      <ul className="round-figures">
        {items.map((item) => {
          const n = format.number(item.n);
          return (
            <li key={item.show}>
              <Link
                href={href(item.show)}
                className="round-figure"
                aria-current={shown === item.show ? 'true' : undefined}
                aria-label={t('roundPage.figureLink', { what: item.what, n })}
              >
                <span className="round-figure-what">{item.what}</span>
                <span className="round-figure-n">
                  {t('roundPage.figureValue', { n })}
                </span>
                {item.rate ? (
                  <span className="round-figure-rate">{item.rate}</span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
