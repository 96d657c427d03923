import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';

import { setSetting } from '@/db/settings';
import type { RoundFilter, RoundSort } from '@/domain/reporting/round-table';
import {
  readRoundParams,
  readRoundQuery,
  roundQuery,
} from '@/domain/reporting/round-url';
import type { Round } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Page } from '@/ui/page';

import { RoundChoice } from './round-choice';
import { FiguresOf, OfficesOf, OverdueOf, TotalsOf } from './round-sections';
import { useRoundData, type RoundData } from './use-round-data';
import './round-page.css';

interface RoundPageProps {
  /** As the URL spells them: checked here, a typo gets a page that says so. */
  fiscalYear: string;
  round: string;
}

/** A round of a fiscal year: which expected offices have reported, on time, approved. */
export function RoundPage(props: RoundPageProps) {
  const params = readRoundParams(props.fiscalYear, props.round);
  if (!params)
    return <UnknownRound path={`${props.fiscalYear}/${props.round}`} />;
  return <RoundView fiscalYear={params.fiscalYear} round={params.round} />;
}

function UnknownRound({ path }: { path: string }) {
  const { t } = useTranslation();
  const title = t('roundPage.unknownTitle');
  return (
    <Page title={title} documentTitle={title}>
      <p role="alert">{t('roundPage.unknown', { path })}</p>
      <Link href="/rounds" className="btn btn-primary">
        {t('roundPage.toCurrent')}
      </Link>
    </Page>
  );
}

function RoundView({
  fiscalYear,
  round,
}: {
  fiscalYear: number;
  round: Round;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = useRoundData(fiscalYear, round);
  const year = format.text(String(fiscalYear));
  const roundName = format.round(round, 'short');
  const title = t('roundPage.title', { round: roundName, year });
  return (
    <Page title={title} documentTitle={title}>
      <p className="lead">{t('roundPage.intro')}</p>
      <RoundChoice fiscalYear={fiscalYear} round={round} />
      {data === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : data.rows.length === 0 ? (
        <div className="empty">
          <p>{t('roundPage.noExpected')}</p>
          <Link href="/offices/expected" className="btn btn-primary">
            {t('roundPage.toExpected')}
          </Link>
        </div>
      ) : (
        <RoundContent
          fiscalYear={fiscalYear}
          round={round}
          data={data}
          title={title}
        />
      )}
    </Page>
  );
}

function RoundContent({
  fiscalYear,
  round,
  data,
  title,
}: {
  fiscalYear: number;
  round: Round;
  data: RoundData;
  title: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  // A new filter or order is drawn in a transition (rendered in slices):
  // the URL's own update is synchronous.
  const search = useDeferredValue(useSearch());
  const [path, navigate] = useLocation();
  const { filter, sort } = readRoundQuery(search);
  const { rows, due, today } = data;
  const href = (f: RoundFilter, s: RoundSort = sort) =>
    `${path}${roundQuery(f, s)}`;

  const province = useMemo(() => {
    const provinces = new Set(rows.map((r) => r.office.province));
    provinces.delete('');
    return provinces.size === 1 ? [...provinces][0] : undefined;
  }, [rows]);

  const heading = [
    t('roundPage.checklist.printTitle', {
      round: format.round(round, 'short'),
      year: format.text(String(fiscalYear)),
    }),
    ...(province ? [t('roundPage.checklist.printPlace', { province })] : []),
    t('roundPage.checklist.printDue', {
      date: format.date(due.due),
      today: format.date(today),
    }),
  ];
  const fileName = `ita-round-${fiscalYear}-${round}`;

  return (
    <>
      <div className="round-due">
        <p>
          {due.isDefault
            ? t('roundPage.dueDefault', { date: format.date(due.due) })
            : t('roundPage.due', { date: format.date(due.due) })}
        </p>
        {/* Settings edits the dates of the year in the header. */}
        <Link
          href="/settings"
          className="btn btn-secondary"
          onClick={() => void setSetting('fiscalYear', fiscalYear)}
        >
          {t('roundPage.setDue')}
        </Link>
      </div>
      <FiguresOf
        rows={rows}
        filter={filter}
        href={(show) => href({ ...filter, show })}
      />
      <OverdueOf
        rows={rows}
        dueDate={due.due}
        today={today}
        heading={heading}
        showHref={href({ show: 'overdue', district: '' })}
        fileName={`${fileName}-overdue`}
      />
      <OfficesOf
        rows={rows}
        filter={filter}
        sort={sort}
        label={title}
        onFilter={(f) => navigate(href(f))}
        onSort={(s) => navigate(href(filter, s), { replace: true })}
      />
      <TotalsOf
        rows={rows}
        totalName={
          province
            ? t('roundPage.totals.province', { province })
            : t('roundPage.totals.all')
        }
        heading={[title, ...heading.slice(1)]}
        fileName={`${fileName}-districts`}
      />
    </>
  );
}
